// The sign-in page's words in the admin pages' language (the server writes them in English).
import { pageText } from '/i18n.js';

const TEXT = {
  en: { tab: 'moodbot admin: sign in', heading: 'moodbot admin', language: 'Language', token: 'Admin token',
    signIn: 'Sign in',
    tooMany: 'Too many attempts; wait a minute.', wrongToken: 'That token is not right.',
    unavailable: 'Cannot sign in just now; try again.', signedOut: 'You are signed out.' },
  es: { tab: 'moodbot: entrar en la administración', heading: 'moodbot: administración', language: 'Idioma',
    token: 'Token de administración', signIn: 'Entrar',
    tooMany: 'Demasiados intentos; espera un minuto.', wrongToken: 'Ese token no es correcto.',
    unavailable: 'Ahora no se puede entrar; inténtalo de nuevo.', signedOut: 'Has cerrado la sesión.' },
};

const text = pageText(TEXT);
const choice = document.getElementById('language');
text.set(text.language());
choice.value = text.language();
choice.addEventListener('change', () => text.set(choice.value, true)); // kept for the pages after sign-in
