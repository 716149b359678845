package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.ShownProbability;
import com.moodbot.recommend.Category;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.ImageRejectedException;
import java.util.List;
import java.util.Locale;
import static com.moodbot.conversation.Phrases.capitalise;
import static com.moodbot.conversation.Phrases.either;

final class EnglishPhrases implements Phrases {

    static final EnglishPhrases INSTANCE = new EnglishPhrases();

    private EnglishPhrases() {
    }

    @Override
    public String greeting() {
        return "Hi, I'm moodbot! Send me a selfie and I'll read your mood and find something that fits it: a film, "
                + "a song, a dish or a place to go. I never keep your photos.";
    }

    @Override
    public String help() {
        return "Here's how I work: send me a selfie, I look at your expression, guess your mood, and suggest a film, "
                + "a song, a dish or a place. Under a suggestion, tap “Another one” for a new idea, “A film”, “A "
                + "song”, “A dish” or “A place” to switch, or “Not my mood” if I got it wrong. No selfie handy? Tell "
                + "me your mood (“sad”) or what you'd like (“a happy song”). Your photo is only used to answer you "
                + "and is never stored. Type “forget me” and I'll forget the suggestions I've shown you and the "
                + "language I answer you in.";
    }

    @Override
    public String forgotten(boolean suggestions, boolean language) {
        if (!suggestions && !language) {
            return "I didn't have anything saved about you, and I never keep your photos.";
        }
        String what = suggestions && language ? "your suggestion history and the language I answer you in"
                : suggestions ? "your suggestion history" : "the language I answer you in";
        return "Done: I've forgotten " + what + ". Your photos were never kept.";
    }

    @Override
    public String sendSelfie() {
        return "I read moods from faces, so send me a selfie and I'll find something to match it. No selfie at hand? "
                + "Pick what you'd like.";
    }

    @Override
    public String moodFor(Category category) {
        return "Sure, " + kind(category) + "! For which mood? Pick one, or send me a selfie and I'll read yours.";
    }

    @Override
    public String kind(Category category) {
        return switch (category) {
            case FILM -> "a film";
            case SONG -> "a song";
            case FOOD -> "a dish";
            case PLACE -> "a place to go";
        };
    }

    @Override
    public String goodbye() {
        return "Bye! Send me a selfie whenever you like.";
    }

    @Override
    public String youreWelcome() {
        return "You're welcome! Send me a selfie any time.";
    }

    @Override
    public String unsupported(String kind) {
        return switch (kind) {
            case "audio" -> "I can't listen to voice messages, but I can read a mood from a selfie. Send me one?";
            case "video" -> "I can't watch videos, but a selfie works: send me one?";
            case "file" -> "I can't open files. Send me your selfie as a photo?";
            default -> sendSelfie();
        };
    }

    @Override
    public String confirmForget() {
        return "Do you want me to forget you? That erases the suggestions I've shown you here and the language I "
                + "answer you in. Your photos are never kept. Tap “Yes, forget me” to confirm.";
    }

    @Override
    public String forgetButton() {
        return "🗑️ Yes, forget me";
    }

    @Override
    public String oldButton() {
        return "That button is from an older message and no longer works. Send me a selfie and I'll find you something new!";
    }

    @Override
    public String sticker() {
        return "Thanks! Whenever you like, send me a selfie and I'll find something for your mood.";
    }

    @Override
    public String noFace() {
        return "I couldn't find a face in that photo. Try a selfie facing the camera, in good light, with your whole "
                + "face in the frame.";
    }

    @Override
    public String faceTooSmall() {
        return "I can see someone, but the face is too small for me to read. Try a closer selfie with your face "
                + "filling more of the picture.";
    }

    @Override
    public String pickMood(boolean group) {
        return "Thanks for telling me. " + (group ? "Which mood fits the group best?" : "Which one fits you best?");
    }

    @Override
    public String startingOver(Category category) {
        String all = switch (category) {
            case FILM -> "film";
            case SONG -> "song";
            case FOOD -> "dish";
            case PLACE -> "place";
        };
        return "That's every " + all + " I have for this mood, so some may come round again.";
    }

    @Override
    public String nothingLeft() {
        return "I've run out of ideas in that category for now. Try another one?";
    }

    @Override
    public String broke() {
        return "Sorry, something went wrong on my side. Please try again in a moment.";
    }

    @Override
    public String rejected(ImageRejectedException.Reason reason) {
        return switch (reason) {
            case EMPTY, CORRUPT -> "That photo seems to be damaged, so I couldn't open it. Could you send it again?";
            case TOO_LARGE -> "That photo is too big for me to handle. Could you send a smaller one?";
            case UNSUPPORTED_FORMAT ->
                    "I couldn't open that as a photo: it may be damaged, or of a kind I can't read (I read JPEG, PNG, GIF, "
                            + "WebP and BMP). Could you try another?";
            case DOWNLOAD_FAILED -> "I couldn't download that photo. Could you send it again?";
        };
    }

    @Override
    public String mood(Emotion emotion, float confidence, boolean sure, String line, int faces) {
        return ofBiggest(faces, (sure ? "You look " : "I can't quite tell, but maybe you look ") + moodName(emotion)
                + " (" + ShownProbability.percent(confidence) + "% sure). " + line);
    }

    @Override
    public String photoNumber(int number) {
        return "Photo " + number + ":";
    }

    @Override
    public String ask(List<Emotion> likely, int faces) {
        String read = "I can't quite tell. " + capitalise(either(likely.stream().map(this::moodName).toList(), "or")) + "?";
        return ofBiggest(faces, read);
    }

    /** With several faces, says which one was read; at the cap of faces read, there may have been more. */
    private static String ofBiggest(int faces, String read) {
        if (faces >= FaceFinder.MOST_FACES) {
            return "I saw a lot of faces and read the biggest one. " + read;
        }
        return faces > 1 ? "I saw " + faces + " faces and read the biggest one. " + read : read;
    }

    @Override
    public String somethingElse() {
        return "🤷 Something else";
    }

    @Override
    public String firstPhotosOnly(int read, int sent) {
        return "You sent " + sent + " photos: I'll read the first " + read + ".";
    }

    @Override
    public String gotIt(Emotion mood, String line) {
        return "Got it: " + moodName(mood) + ". " + line;
    }

    @Override
    public String moodName(Emotion emotion) {
        return switch (emotion) {
            case ANGRY -> "angry";
            case DISGUST -> "disgusted";
            case FEAR -> "scared";
            case HAPPY -> "happy";
            case SAD -> "sad";
            case SURPRISE -> "surprised";
            case NEUTRAL -> "calm";
        };
    }

    @Override
    public String categoryTitle(Category category) {
        return switch (category) {
            case FILM -> "🎬 A film";
            case SONG -> "🎵 A song";
            case FOOD -> "🍜 A dish";
            case PLACE -> "📍 A place";
        };
    }

    @Override
    public String cardHeading(Category category) {
        return category.label().toUpperCase(Locale.ROOT);
    }

    @Override
    public String cardLine(Emotion mood) {
        return "for when you feel " + moodName(mood);
    }

    @Override
    public String button(Category category) {
        return switch (category) {
            case FILM -> "Find the film";
            case SONG -> "Listen";
            case FOOD -> "Find a recipe";
            case PLACE -> "Find one nearby";
        };
    }

    @Override
    public String another() {
        return "🔁 Another one";
    }

    @Override
    public String notMyMood() {
        return "🤔 Not my mood";
    }

    @Override
    public String pageGreeting() {
        return "Hi {{user_first_name}}! Send me a selfie and I'll match your mood with a film, a song, a dish or a place.";
    }

    @Override
    public String menuStartOver() {
        return "Start over";
    }

    @Override
    public String menuHelp() {
        return "How it works";
    }

    @Override
    public String menuLanguage() {
        return "🌐 Language";
    }

    @Override
    public String iceBreakerMood() {
        return "What mood am I in?";
    }

    @Override
    public String iceBreakerHow() {
        return "How does it work?";
    }

    @Override
    public String chooseLanguage() {
        return "Which language should I speak?";
    }

    @Override
    public String languageSet() {
        return "Okay, I'll speak English from now on. Send me a selfie whenever you like!";
    }

    @Override
    public String keepLanguage() {
        return "Continue in English";
    }
}
