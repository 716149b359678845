package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import com.moodbot.recommend.Category;
import com.moodbot.vision.ImageRejectedException;

/** Everything the bot says, in one place. */
final class Phrases {

    static final String GREETING = "Hi, I'm moodbot! Send me a selfie and I'll read your mood and find something "
            + "that fits it: a film, a song, a dish or a place to go. I never keep your photos.";
    static final String HELP = "Here's how I work: send me a selfie, I look at your expression, guess your mood, "
            + "and suggest a film, a song, a dish or a place. Tap the buttons under a suggestion for another one, "
            + "another kind, or to tell me I got your mood wrong. Your photo is only used to answer you and is "
            + "never stored.";
    static final String SEND_SELFIE = "I read moods from faces, so send me a selfie and I'll find something to match it.";
    static final String STICKER = "Nice sticker! I read moods from real faces, though. Send me a selfie?";
    static final String NO_FACE = "I couldn't find a face in that photo. Try a selfie facing the camera, in good "
            + "light, with your whole face in the frame.";
    static final String FACE_TOO_SMALL = "I can see someone, but the face is too small for me to read. "
            + "Try a closer selfie with your face filling more of the picture.";
    static final String PICK_MOOD = "Sorry I got that wrong! Which one fits you better?";
    static final String NOTHING_LEFT = "I've run out of ideas in that category for now. Try another one?";
    static final String BROKE = "Sorry, something went wrong on my side. Please try again in a moment.";

    private Phrases() {
    }

    static String rejected(ImageRejectedException.Reason reason) {
        return switch (reason) {
            case EMPTY, CORRUPT -> "That photo seems to be damaged, so I couldn't open it. Could you send it again?";
            case TOO_LARGE -> "That photo is too big for me to handle. Could you send a smaller one?";
            case UNSUPPORTED_FORMAT -> "I can't open that kind of image. A normal photo (JPEG or PNG) works best.";
            case DOWNLOAD_FAILED -> "I couldn't download that photo. Could you send it again?";
        };
    }

    static String mood(Emotion emotion, float confidence, boolean unsure, String line, int faces) {
        int pct = Math.round(confidence * 100);
        String read = unsure
                ? "I'm not sure, but you might be feeling " + emotion.label() + " (" + pct + "% sure). " + line
                : line + " (" + pct + "% sure)";
        return faces > 1 ? "I saw " + faces + " faces and read the biggest one. " + read : read;
    }

    static String title(Emotion emotion) {
        String l = emotion.label();
        return emoji(emotion) + " " + Character.toUpperCase(l.charAt(0)) + l.substring(1);
    }

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

    static String categoryTitle(Category category) {
        return switch (category) {
            case FILM -> "🎬 A film";
            case SONG -> "🎵 A song";
            case FOOD -> "🍜 Food";
            case PLACE -> "📍 A place";
        };
    }

    static String button(Category category) {
        return switch (category) {
            case FILM -> "Find the film";
            case SONG -> "Listen";
            case FOOD -> "Find a recipe";
            case PLACE -> "Find one nearby";
        };
    }
}
