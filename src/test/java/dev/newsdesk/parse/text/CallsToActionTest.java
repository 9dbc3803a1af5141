package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A short line that asks the reader to subscribe, follow, donate or write in, in each language of the set. */
class CallsToActionTest {

    @Test
    void callsToActionInEachLanguage() {
        assertTrue(CallsToAction.asks("Get the best stories in your inbox every morning."));
        assertTrue(CallsToAction.asks("Jetzt den Newsletter bestellen und nichts mehr verpassen!"));
        assertTrue(CallsToAction.asks("Suivez-nous sur les réseaux sociaux."));
        assertTrue(CallsToAction.asks("Síguenos para no perderte nada."));
        assertTrue(CallsToAction.asks("Sostieni il nostro lavoro con una piccola donazione."));
        assertTrue(CallsToAction.asks("Apoie o jornalismo independente."));
        assertTrue(CallsToAction.asks("Volg ons voor meer nieuws uit de regio."));
        assertTrue(CallsToAction.asks("Wesprzyj nas, aby nasze teksty były dostępne."));
        assertTrue(CallsToAction.asks("Подпишитесь на наш канал, чтобы не пропустить главное."));
    }

    @Test
    void aSentenceThatAsksNothingOfTheReader() {
        assertFalse(CallsToAction.asks("The council will meet again in March to vote on the budget."));
        assertFalse(CallsToAction.asks("Die Mannschaft könnte die Playoffs verpassen."));
    }

    @Test
    void aStorySayingThatReadersCanSignUpOffersNothing() {
        assertFalse(CallsToAction.pitches("Residents can sign up for text alerts on the county's website."));
        assertTrue(CallsToAction.pitches("Download our app for iOS and Android."));
        assertTrue(CallsToAction.pitches("Start your day with the markets. Sign up for the free daily newsletter."));
        assertFalse(CallsToAction.pitches("If you want it all, you can sign up for a trial, then pay for a subscription."));
    }

    @Test
    void anAppealToBecomeAMemberIsAPitchInEachLanguage() {
        assertTrue(CallsToAction.pitches("Become a member and enjoy exclusive benefits."));
        assertTrue(CallsToAction.pitches("Werden Sie Mitglied und lesen Sie alle Artikel."));
        assertTrue(CallsToAction.pitches("Devenez membre de notre club de lecteurs."));
        assertTrue(CallsToAction.pitches("Hazte miembro y disfruta de ventajas."));
        assertTrue(CallsToAction.pitches("Diventa socio del nostro giornale."));
        assertTrue(CallsToAction.pitches("Torne-se membro do nosso clube."));
        assertTrue(CallsToAction.pitches("Word lid van onze lezersclub."));
        assertTrue(CallsToAction.pitches("Zostań członkiem naszego klubu czytelników."));
        assertTrue(CallsToAction.pitches("Станьте участником нашего клуба читателей."));
        assertTrue(CallsToAction.pitches("Staňte se členem našeho klubu."));
        assertTrue(CallsToAction.pitches("Γίνετε μέλος της κοινότητάς μας."));
        assertFalse(CallsToAction.pitches("She became a member of the club in 1990, the chairman said."));
    }

    @Test
    void anInvitationToFollowOnANetworkIsAPitchWhereTheStoryNamingOneAsksNothing() {
        assertTrue(CallsToAction.pitches("Like this story? Follow the newsroom on Instagram for more."));
        assertFalse(CallsToAction.asks("Did you see the video on Twitter before it was taken down?"));
    }

    @Test
    void aGermanButtonWithItsInfinitiveLastIsAPitch() {
        assertTrue(CallsToAction.pitches("Jetzt kostenlos anmelden und den Newsletter lesen"));
        assertTrue(CallsToAction.pitches("Hier kostenlos anmelden »"));
        assertFalse(CallsToAction.pitches("Anmelden können sich Interessierte bis Freitag beim Bürgerbüro."));
    }

    @Test
    void aPolishInvitationToSubscribeIsAPitch() {
        assertTrue(CallsToAction.pitches("Zapraszamy również do subskrypcji tygodnika w wersji cyfrowej."));
        assertFalse(CallsToAction.pitches("Burmistrz zaprasza mieszkańców na debatę o budżecie miasta."));
    }

    @Test
    void aLongParagraphIsNeverAPromo() {
        assertFalse(CallsToAction.asks("Subscribers ".repeat(40)));
    }
}
