package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.Category;
import com.moodbot.vision.ImageRejectedException;

/** Everything the bot says, one implementation per {@link Language}. */
public interface Phrases {

    static Phrases of(Language language) {
        return switch (language) {
            case EN -> EnglishPhrases.INSTANCE;
            case ES -> SpanishPhrases.INSTANCE;
        };
    }

    String greeting();

    String help();

    String sendSelfie();

    String sticker();

    String noFace();

    String faceTooSmall();

    String pickMood();

    String nothingLeft();

    String broke();

    String rejected(ImageRejectedException.Reason reason);

    /** "You look happy! ... (83% sure)", or the unsure wording below the threshold. */
    String mood(Emotion emotion, float confidence, boolean unsure, String line, int faces);

    /** The person chose their own mood ("not my mood"). */
    String gotIt(String line);

    /** The mood's name as a noun or adjective that reads in "you might be feeling ...". */
    String moodName(Emotion emotion);

    /** A quick-reply title for a mood, with its emoji. */
    default String title(Emotion emotion) {
        String name = moodName(emotion);
        return emoji(emotion) + " " + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    String categoryTitle(Category category);

    /** The words on the card art: the category, in capitals... */
    String cardHeading(Category category);

    /** ...and the line under it. */
    String cardLine(Emotion mood);

    String button(Category category);

    String another();

    String notMyMood();

    /** The Page's greeting before a conversation starts ({{user_first_name}} is filled in by Messenger). */
    String pageGreeting();

    /** The persistent menu's entries. */
    String menuHelp();

    String menuStartOver();

    String menuLanguage();

    String chooseLanguage();

    /** Said in the newly chosen language. */
    String languageSet();

    static String emoji(Emotion emotion) {
        return switch (emotion) {
            case ANGRY -> "😠";
            case DISGUST -> "🤢";
            case FEAR -> "😨";
            case HAPPY -> "😄";
            case SAD -> "😢";
            case SURPRISE -> "😮";
            case NEUTRAL -> "😐";
        };
    }
}
