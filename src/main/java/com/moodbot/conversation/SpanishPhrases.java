package com.moodbot.conversation;

import com.moodbot.emotion.Emotion;
import com.moodbot.emotion.ShownProbability;
import com.moodbot.recommend.Category;
import com.moodbot.vision.FaceFinder;
import com.moodbot.vision.ImageRejectedException;
import java.util.List;
import static com.moodbot.conversation.Phrases.capitalise;
import static com.moodbot.conversation.Phrases.either;

final class SpanishPhrases implements Phrases {

    static final SpanishPhrases INSTANCE = new SpanishPhrases();

    private SpanishPhrases() {
    }

    @Override
    public String greeting() {
        return "¡Hola, soy moodbot! Mándame un selfi: leo tu estado de ánimo y busco algo que encaje con él. Puede ser "
                + "una película, una canción, un plato o un sitio al que ir. Nunca guardo tus fotos.";
    }

    @Override
    public String help() {
        return "Así funciono: me mandas un selfi, miro tu expresión, adivino tu estado de ánimo y te propongo una "
                + "película, una canción, un plato o un sitio. Con los botones de debajo de cada sugerencia puedes "
                + "pedir «Otra idea», cambiar con «Una película», «Una canción», «Un plato» o «Un sitio», o pulsar «No "
                + "me siento así» si me he equivocado. ¿No tienes un selfi a mano? Dime cómo te sientes («triste») o "
                + "qué te apetece («una canción alegre»). Tu foto solo se usa para responderte y nunca se guarda. "
                + "Escribe «olvídame» y olvidaré las sugerencias que te he mostrado y el idioma en que te contesto.";
    }

    @Override
    public String forgotten(boolean suggestions, boolean language) {
        if (!suggestions && !language) {
            return "No tenía nada guardado sobre ti y tus fotos nunca se guardan.";
        }
        String what = suggestions && language ? "tu historial de sugerencias y el idioma en que te contesto"
                : suggestions ? "tu historial de sugerencias" : "el idioma en que te contesto";
        return "Hecho: he olvidado " + what + ". Tus fotos nunca se guardaron.";
    }

    @Override
    public String sendSelfie() {
        return "Leo el estado de ánimo en las caras: mándame un selfi y buscaré algo que te vaya bien. ¿No tienes un "
                + "selfi a mano? Elige qué te apetece.";
    }

    @Override
    public String moodFor(Category category) {
        return "¡Claro, " + kind(category) + "! ¿Para qué estado de ánimo? Elige uno o mándame un selfi y lo adivino "
                + "por tu cara.";
    }

    @Override
    public String kind(Category category) {
        return switch (category) {
            case FILM -> "una película";
            case SONG -> "una canción";
            case FOOD -> "un plato";
            case PLACE -> "un sitio al que ir";
        };
    }

    @Override
    public String goodbye() {
        return "¡Hasta luego! Mándame un selfi cuando quieras.";
    }

    @Override
    public String youreWelcome() {
        return "¡De nada! Mándame un selfi cuando quieras.";
    }

    @Override
    public String unsupported(String kind) {
        return switch (kind) {
            case "audio" -> "No puedo escuchar audios, pero sí leer tu estado de ánimo en un selfi. ¿Me mandas uno?";
            case "video" -> "No puedo ver vídeos, pero un selfi me vale. ¿Me mandas uno?";
            case "file" -> "No puedo abrir archivos. ¿Me mandas el selfi como foto?";
            default -> sendSelfie();
        };
    }

    @Override
    public String confirmForget() {
        return "¿Quieres que te olvide? Eso borra las sugerencias que te he mostrado aquí y el idioma en que te "
                + "contesto. Tus fotos nunca se guardan. Pulsa «Sí, olvídame» para confirmarlo.";
    }

    @Override
    public String forgetButton() {
        return "🗑️ Sí, olvídame";
    }

    @Override
    public String oldButton() {
        return "Ese botón es de un mensaje anterior y ya no funciona. ¡Mándame un selfi y te busco algo nuevo!";
    }

    @Override
    public String sticker() {
        return "¡Gracias! Cuando quieras, mándame un selfi y busco algo que encaje con tu estado de ánimo.";
    }

    @Override
    public String noFace() {
        return "No he encontrado ninguna cara en esa foto. Prueba con un selfi mirando a la cámara, con buena luz y "
                + "la cara entera en la imagen.";
    }

    @Override
    public String faceTooSmall() {
        return "Veo a alguien, pero la cara es demasiado pequeña para leerla. Prueba con un selfi más de cerca, para "
                + "que tu cara ocupe más espacio en la foto.";
    }

    @Override
    public String pickMood(boolean group) {
        return "Gracias por decírmelo. "
                + (group ? "¿Qué estado de ánimo describe mejor al grupo?" : "¿Cuál describe mejor cómo te sientes?");
    }

    @Override
    public String startingOver(Category category) {
        String all = switch (category) {
            case FILM -> "todas las películas";
            case SONG -> "todas las canciones";
            case FOOD -> "todos los platos";
            case PLACE -> "todos los sitios";
        };
        return "Ya te he dado " + all + " que tengo para este estado de ánimo, así que pueden volver a salir.";
    }

    @Override
    public String nothingLeft() {
        return "Por ahora no me quedan ideas de ese tipo. ¿Probamos con otro?";
    }

    @Override
    public String broke() {
        return "Perdona, algo ha fallado por mi parte. Inténtalo de nuevo en un momento.";
    }

    @Override
    public String rejected(ImageRejectedException.Reason reason) {
        return switch (reason) {
            case EMPTY, CORRUPT -> "Parece que esa foto está dañada y no he podido abrirla. ¿Me la mandas otra vez?";
            case TOO_LARGE -> "Esa foto es demasiado grande para mí. ¿Me mandas una más pequeña?";
            case UNSUPPORTED_FORMAT ->
                    "No he podido abrirla como foto: puede que esté dañada o que sea de un tipo que no leo (leo JPEG, PNG, "
                            + "GIF, WebP y BMP). ¿Pruebas con otra?";
            case DOWNLOAD_FAILED -> "No he podido descargar esa foto. ¿Me la mandas otra vez?";
        };
    }

    @Override
    public String mood(Emotion emotion, float confidence, boolean sure, String line, int faces) {
        // a no-break space before %, as the RAE writes it, so the figure and its sign stay on one line
        return ofBiggest(faces, (sure ? "Veo " : "No lo tengo claro, pero me parece ver ") + moodName(emotion)
                + " en tu cara (con un " + ShownProbability.percent(confidence) + "\u00A0% de seguridad). " + line);
    }

    @Override
    public String photoNumber(int number) {
        return "Foto " + number + ":";
    }

    @Override
    public String ask(List<Emotion> likely, int faces) {
        String read = "No lo tengo claro. ¿" + capitalise(either(likely.stream().map(this::moodName).toList(), "o")) + "?";
        return ofBiggest(faces, read);
    }

    /** With several faces, says which one was read; at the cap of faces read, there may have been more. */
    private static String ofBiggest(int faces, String read) {
        if (faces >= FaceFinder.MOST_FACES) {
            return "He visto muchas caras y he leído la más grande. " + read;
        }
        return faces > 1 ? "He visto " + faces + " caras y he leído la más grande. " + read : read;
    }

    @Override
    public String somethingElse() {
        return "🤷 Otra cosa";
    }

    @Override
    public String firstPhotosOnly(int read, int sent) {
        return "Me has enviado " + sent + " fotos: leeré las " + read + " primeras.";
    }

    @Override
    public String gotIt(Emotion mood, String line) {
        return "Entendido: " + moodName(mood) + ". " + line;
    }

    @Override
    public String moodName(Emotion emotion) {
        return switch (emotion) {
            case ANGRY -> "enfado";
            case DISGUST -> "asco";
            case FEAR -> "miedo";
            case HAPPY -> "alegría";
            case SAD -> "tristeza";
            case SURPRISE -> "sorpresa";
            case NEUTRAL -> "calma";
        };
    }

    @Override
    public String categoryTitle(Category category) {
        return switch (category) {
            case FILM -> "🎬 Una película";
            case SONG -> "🎵 Una canción";
            case FOOD -> "🍜 Un plato";
            case PLACE -> "📍 Un sitio";
        };
    }

    @Override
    public String cardHeading(Category category) {
        return switch (category) {
            case FILM -> "PELÍCULA";
            case SONG -> "CANCIÓN";
            case FOOD -> "COMIDA";
            case PLACE -> "SITIO";
        };
    }

    @Override
    public String cardLine(Emotion mood) {
        return "para cuando sientas " + moodName(mood);
    }

    @Override
    public String button(Category category) {
        return switch (category) {
            case FILM -> "Buscar la película";
            case SONG -> "Escuchar";
            case FOOD -> "Buscar una receta";
            case PLACE -> "Buscar cerca de mí";
        };
    }

    @Override
    public String another() {
        return "🔁 Otra idea";
    }

    @Override
    public String notMyMood() {
        return "🤔 No me siento así";
    }

    @Override
    public String pageGreeting() {
        return "¡Hola, {{user_first_name}}! Mándame un selfi y buscaré una película, una canción, un plato o un "
                + "sitio que encaje con tu estado de ánimo.";
    }

    @Override
    public String menuStartOver() {
        return "Empezar de nuevo";
    }

    @Override
    public String menuHelp() {
        return "Cómo funciona";
    }

    @Override
    public String menuLanguage() {
        return "🌐 Idioma";
    }

    @Override
    public String iceBreakerMood() {
        return "¿Cuál es mi estado de ánimo?";
    }

    @Override
    public String iceBreakerHow() {
        return "¿Cómo funciona?";
    }

    @Override
    public String chooseLanguage() {
        return "¿En qué idioma te hablo?";
    }

    @Override
    public String languageSet() {
        return "Vale, a partir de ahora te hablo en español. ¡Mándame un selfi cuando quieras!";
    }

    @Override
    public String keepLanguage() {
        return "Seguir en español";
    }
}
