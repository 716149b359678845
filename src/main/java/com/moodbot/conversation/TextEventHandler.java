package com.moodbot.conversation;

import com.moodbot.i18n.Language;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Typed text: asking for help ("help!", "¿qué puedes hacer?") gets help, "forget me" erases what is kept (a
 * sentence that mentions it is asked first), anything else an invitation to send a selfie.
 */
@Singleton
public class TextEventHandler implements EventHandler<InboundEvent.Text> {

    private static final Set<String> HELP = Set.of("help", "what can you do", "how does this work", "how do you work",
            "ayuda", "ayudame", "que puedes hacer", "que haces", "como funciona", "como funcionas");
    private final ForgetMe forgetMe;

    public TextEventHandler(ForgetMe forgetMe) {
        this.forgetMe = forgetMe;
    }

    /**
     * From someone who has chosen no language on a channel that remembers people, answered in the language the
     * text is plainly in, with an offer to keep it when that is not the default. A language chosen stands. (The
     * web page names its language with each request.)
     */
    @Override
    public List<Reply> handle(Turn turn, InboundEvent.Text event) {
        Turn typed = turn.languageChosen() || !turn.channel().remembersPeople() ? turn
                : TypedLanguage.of(event.text()).map(turn::in).orElse(turn);
        if (ForgetMe.asks(event.text())) {
            return List.of(forgetMe.forget(typed));
        }
        Reply.Text answer = ForgetMe.mentions(event.text()) ? ForgetMe.confirm(typed)
                : new Reply.Text(TypedWords.mentions(event.text(), HELP) ? typed.say().help()
                        : typed.say().sendSelfie());
        if (typed.language() == turn.language()) {
            return List.of(answer);
        }
        List<Reply.QuickReply> offers = new ArrayList<>(answer.quickReplies());
        Language language = typed.language();
        offers.add(ChooseLanguageHandler.button(language));
        return List.of(new Reply.Text(answer.text(), offers));
    }
}
