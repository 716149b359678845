package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import com.moodbot.i18n.Language;
import com.moodbot.recommend.Category;
import com.moodbot.vision.ImageRejectedException;
import java.util.List;

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

    /** A category asked for in words, with no mood: "Sure, a film! For which mood? ...", over the moods. */
    String moodFor(Category category);

    /**
     * A category asked for with a mood ("a sad film"), taken as the person's, as the catalogs' moods are: "A film for
     * when you feel sad. " and the mood's line.
     */
    default String kindFor(Category category, Emotion mood, String line) {
        return capitalise(kind(category)) + " " + cardLine(mood) + ". " + line;
    }

    /** A category in a sentence: "a film", "a dish". */
    String kind(Category category);

    /** After a "thanks". */
    String youreWelcome();

    /** After a "bye". */
    String goodbye();

    /** After "forget me": whether there were suggestions shown, and a language kept (chosen or written in). */
    String forgotten(boolean suggestions, boolean language);

    String sticker();

    /** Asked when a sentence mentions forgetting the person, which may not be the request. */
    String confirmForget();

    String forgetButton();

    /** An attachment the bot cannot read a mood from ({@code audio}, {@code video}, {@code file}, or another kind). */
    String unsupported(String kind);

    /** A button from an old message, or one this version no longer has. */
    String oldButton();

    String noFace();

    String faceTooSmall();

    /** "Not my mood": which mood fits the person, or the group in a group photo. */
    String pickMood(boolean group);

    String nothingLeft();

    /** Before a card when the person has been shown every idea of its list, which starts again. */
    String startingOver(Category category);

    String broke();

    String rejected(ImageRejectedException.Reason reason);

    /**
     * The mood read, how sure of it, then the policy's line: "You look sad (78% sure). Here's something
     * to keep you company." Not {@code sure}: said as a guess, for an unsure read that cannot be asked about (a
     * photo answered before others of its message): "I can't quite tell, but maybe you look sad (38% sure)."
     */
    String mood(Emotion emotion, float confidence, boolean sure, String line, int faces);

    /** Which of several photos in one message an answer is about: "Photo 2:". */
    String photoNumber(int number);

    /** When the read is unsure ({@link UnsureRule}): "I can't quite tell. Happy or surprised?" */
    String ask(List<Emotion> likely, int faces);

    /** The quick reply after the likely moods that leads to the whole list. */
    String somethingElse();

    /** Before the answers to a message with more photos than are read: "You sent 5 photos: I'll read the first 3." */
    String firstPhotosOnly(int read, int sent);

    /** The person gave their own mood (picked, or answered): "Got it: sad. " and the line; never "you look". */
    String gotIt(Emotion mood, String line);

    /** The mood's name as it reads in a sentence ("you look sad", "veo tristeza"). */
    String moodName(Emotion emotion);

    /** A quick-reply title for a mood, with its emoji. */
    default String title(Emotion emotion) {
        return emoji(emotion) + " " + capitalise(moodName(emotion));
    }

    /** "happy or sad", "happy, sad or calm". */
    static String either(List<String> words, String or) {
        int last = words.size() - 1;
        return last == 0 ? words.get(0) : String.join(", ", words.subList(0, last)) + " " + or + " " + words.get(last);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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

    /** Instagram's ice breakers, the questions offered before a conversation starts (with {@link #menuLanguage()}). */
    String iceBreakerMood();

    String iceBreakerHow();

    String chooseLanguage();

    /** Said in the newly chosen language. */
    String languageSet();

    /** The quick reply offered under an answer in this language when it is not the one kept: "Seguir en español". */
    String keepLanguage();

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
