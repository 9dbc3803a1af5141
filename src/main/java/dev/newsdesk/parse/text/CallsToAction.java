package dev.newsdesk.parse.text;

import dev.newsdesk.parse.extract.Guarded;
import dev.newsdesk.parse.extract.WordStartRegex;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words a site uses to ask something of its reader, in English, German, French, Spanish, Italian, Portuguese,
 * Dutch, Polish, Russian, Ukrainian, Czech and Greek: subscribe, sign up for a newsletter, download the app, follow
 * us, donate (every small gift helps), buy instant access to the articles, write in, never miss a story. Found inside
 * a line, not as the whole line (a line that is only "Subscribe" is {@link dev.newsdesk.parse.extract.Boilerplate}'s),
 * so they tell a promo only where the layout says so too: a short block at the end of an article.
 */
final class CallsToAction {

    /** Longer than this, a block is the article's, whatever it asks of the reader. */
    static final int MAX_CHARS = 400;
    /** Longer than this, a block in the middle of an article is the article's. */
    static final int MAX_PITCH_CHARS = 250;

    /**
     * A plea for money in each language: any gift counts, the site's work needs it, "we" need the reader (not a third
     * party's appeal, "the police need your help", which a story may close with). The site's own voice, wherever it
     * stands.
     */
    private static final String PLEAS = String.join("|",
            "\\b(?:every|any) (?:small |little )?donation\\b", "\\bevery (?:small |little )?contribution\\b",
            "\\bsupport (?:this|the) (?:site|blog)\\b",
            "\\bwe need your (?:help|support)\\b",
            "\\bjede (?:noch so )?(?:kleine )?spende\\b",
            "\\bunsere (?:arbeit|redaktion) (?:zu )?unterst[üu]tzen\\b",
            "\\bwir brauchen (?:\\w+ )?(?:eure|ihre|deine) (?:hilfe|unterst[üu]tzung)\\b",
            "\\bchaque (?:petit )?don\\b", "\\bsoutenir notre (?:travail|journal|m[ée]dia|r[ée]daction)\\b",
            "\\bnous avons besoin de (?:vous|votre (?:aide|soutien))\\b",
            "\\bcada (?:peque[ñn]a )?donaci[óo]n\\b", "\\bapoyar nuestro (?:trabajo|periodismo|medio)\\b",
            "\\bnecesitamos (?:tu|su) (?:ayuda|apoyo)\\b",
            "\\bogni (?:piccola )?donazione\\b", "\\bsostenere il nostro (?:lavoro|giornalismo|giornale)\\b",
            "\\babbiamo bisogno del (?:tuo|vostro) (?:aiuto|sostegno)\\b",
            "\\bka[żz]da (?:ma[łl]a |drobna )?(?:darowizna|wp[łl]ata)\\b",
            "\\bwesprze[ćc] nasz[ąa] (?:prac[ęe]|redakcj[ęe])\\b",
            "\\bpotrzebujemy (?:twojego|waszego) wsparcia\\b");

    /** The asking itself: an imperative or a phrase no story uses of itself ("follow us", "never miss"). */
    private static final Pattern REQUESTS = Pattern.compile(String.join("|",
            // en
            "^(?:please )?(?:subscribe|sign up|register|log in|follow|download|donate|support|join) ",
            "\\bsign up (?:for|to)\\b", "\\bfollow us\\b", "\\bsupport (?:us|our)\\b", "\\bdonate (?:now|today)\\b",
            "\\bnever miss\\b", "\\bdon'?t miss\\b", "\\bstay (?:up to date|informed|in the loop)\\b",
            "\\b(?:for|to view|read) the (?:full|rest of the|whole) (?:story|article)\\b", "\\bwe want to hear\\b",
            "\\bletters? to the editor\\b", "\\b(?:in|to) your inbox\\b",
            "\\bdownload (?:\\S+ ){0,3}apps?\\b",
            "\\bapps? (?:for|f[üu]r|pour|para|per|voor|dla) (?:ios|android|iphone)\\b",
            "\\byour (?:support|donation|contribution) helps\\b",
            PLEAS,
            // a sale: the reader's access to what the site keeps behind its paywall
            "\\b(?:instant|immediate|unlimited) (?:online )?access to (?:the |all )?(?:full )?(?:articles?|issues|content|stories|archive)",
            "\\b(?:sofortige|unbegrenzte)n? (?:zugang|zugriff) (?:zu|auf) (?:allen? )?(?:artikel|inhalte|ausgaben|beitr[äa]ge)",
            "\\bacc[èe]s (?:illimit[ée]|imm[ée]diat) [àa] (?:tous )?(?:nos |les )?(?:articles|contenus|num[ée]ros)",
            "\\bacceso (?:ilimitado|inmediato) a (?:todos )?(?:nuestros |los )?(?:art[íi]culos|contenidos)",
            "\\baccesso (?:illimitato|immediato) a (?:tutti )?(?:gli articoli|i contenuti|i numeri)",
            "\\b(?:nieograniczony|natychmiastowy) dost[ęe]p do (?:wszystkich )?(?:artyku[łl][óo]w|tre[śs]ci)",
            // a channel on a messenger, in any language ("our Telegram channel", "canal de WhatsApp")
            "\\b(?:telegram|whatsapp)[- ]?(?:channel|kanal|canal|kana[łl])\\b",
            "\\b(?:channel|kanal|canal|kana[łl]) (?:on |auf |bei |de |en |na )?(?:telegram|whatsapp)\\b",
            // de
            "\\bfolg(?:t|e|en sie) uns\\b", "\\bunterst[üu]tze(?:n sie)? (?:uns|unsere?n?)\\b", "\\bspenden sie\\b",
            "\\bjetzt (?:spenden|abonnieren|anmelden|registrieren|bestellen)\\b", "\\b(?:newsletter|abo) abonnieren\\b",
            "\\b(?:nichts|keine \\w+)(?: mehr)? (?:verpassen|vers[äa]umen)\\b", "\\bteilen sie (?:es )?uns mit\\b",
            "\\b(?:ihre?|deine?) (?:beitrag|unterst[üu]tzung|spende) hilft\\b", "\\bschreiben sie uns\\b",
            "\\bihre meinung\\b", "\\bin (?:ihr|dein) postfach\\b",
            "\\bbleiben sie (?:auf dem laufenden|informiert)\\b", "\\bimmer (?:aktuell )?informiert\\b",
            // fr
            "\\bsuivez-nous\\b", "\\babonnez-vous\\b", "\\binscrivez-vous\\b", "\\bsoutenez\\b", "\\bfaire un don\\b",
            "\\bne manquez\\b", "\\brestez inform[ée]", "\\bdites-nous\\b", "\\bt[ée]l[ée]chargez\\b",
            // es
            "\\bs[íi]guenos\\b", "\\bsuscr[íi]bete\\b", "\\breg[íi]strate\\b", "\\bap[óo]yanos\\b",
            "\\bhaz una donaci[óo]n\\b", "\\bno te pierdas\\b", "\\bmantente informado\\b", "\\bcu[ée]ntanos\\b",
            "\\bdesc[áa]rga(?:la|te)?\\b", "\\b[úu]nete\\b", "\\bs[úu]mate\\b",
            // it
            "\\bseguici\\b", "\\biscriviti\\b", "\\babbonati\\b", "\\bsostieni\\b", "\\bfai una donazione\\b",
            "\\bnon perdere\\b", "\\bresta aggiornato\\b", "\\bfateci sapere\\b", "\\bscarica\\b",
            // pt
            "\\bsiga-nos\\b", "\\bassine\\b", "\\binscreva-se\\b", "\\bcadastre-se\\b", "\\bapoie\\b",
            "\\bfa[çc]a uma doa[çc][ãa]o\\b", "\\bn[ãa]o perca\\b", "\\bfique por dentro\\b", "\\bconte-nos\\b",
            "\\bbaixe\\b",
            // nl
            "\\bvolg ons\\b", "\\babonneer\\b", "\\bschrijf je in\\b", "\\bmeld je aan\\b", "\\bsteun ons\\b",
            "\\bdoneer\\b", "\\bmis niets\\b", "\\bblijf op de hoogte\\b",
            // pl
            "\\bobserwuj\\b", "\\bsubskrybuj\\b", "\\bzapisz si[ęe]\\b", "\\bzarejestruj\\b", "\\bwesprzyj\\b",
            "\\bprzeka[żz] darowizn[ęe]\\b", "\\bnie przegap\\b", "\\bb[ąa]d[źz] na bie[żz][ąa]co\\b",
            "\\bnapisz do nas\\b", "\\bpobierz\\b",
            "\\bzapraszamy(?: te[żz]| r[óo]wnie[żz])? (?:do|na)\\b",
            // ru
            "\\bподпи(?:шитесь|сывайтесь)\\b", "\\bзарегистрируйтесь\\b", "\\bподдержите\\b", "\\bне пропустите\\b",
            "\\bбудьте в курсе\\b", "\\bнапишите нам\\b", "\\bскачайте\\b", "\\bприсоединяйтесь\\b",
            // uk
            "\\bпідпи(?:шіться|суйтеся|суйтесь)\\b", "\\bзареєструйтеся\\b", "\\bпідтримайте\\b",
            "\\bне пропустіть\\b", "\\bщоб не пропустити\\b", "\\bнапишіть нам\\b", "\\bзавантажте\\b",
            "\\bприєднуйтеся\\b",
            // cs
            "\\bsledujte n[áa]s\\b", "\\bodeb[íi]rejte\\b", "\\bp[řr]ihlaste se k odb[ěe]ru\\b",
            "\\bzaregistrujte se\\b", "\\bpodpo[řr]te\\b", "\\bnenechte si uj[íi]t\\b", "\\bnapi[šs]te n[áa]m\\b",
            "\\bst[áa]hn[ěe]te si\\b", "\\bp[řr]idejte se\\b",
            // el
            "\\bακολουθ[ήη]στε μας\\b", "\\bεγγραφε[ίι]τε\\b", "\\bγραφτε[ίι]τε\\b", "\\bστηρ[ίι]ξτε\\b",
            "\\bμη(?:ν)? χ[άα]νετε\\b", "\\bμη(?:ν)? χ[άα]σετε\\b", "\\bκατεβ[άα]στε\\b", "\\bγρ[άα]ψτε μας\\b"),
            Pattern.UNICODE_CHARACTER_CLASS); // \b and \w around Cyrillic and accented letters too

    /**
     * An app store by its name: a request on a badge or a link line ("Get it on Google Play"), or where the line speaks
     * to the reader or for the site; a story's sentence names what is available there ("Version 3 is already in the
     * Play Store").
     */
    private static final Guarded STORES = new Guarded(Pattern.compile("\\b(?:app store|google play|play store)\\b"),
            "app store", "google play", "play store");
    /** Up to this long, a line naming a store is a badge or a link: "Jetzt im Play Store laden". */
    private static final int MAX_STORE_LINK_CHARS = 80;

    /** {@link #PLEAS} alone, tried only where one of their opening words stands. */
    private static final Guarded PLEADS = new Guarded(Pattern.compile(PLEAS, Pattern.UNICODE_CHARACTER_CLASS),
            "every", "any", "support", "we need", "jede", "unsere", "wir brauchen", "chaque", "soutenir", "nous avons",
            "cada", "apoyar", "necesitamos", "ogni", "sostenere", "abbiamo", "każda", "kazda", "wesprze",
            "potrzebujemy");

    /** The invitation to become a member or a subscriber, in each language: an imperative wherever it stands. */
    private static final Pattern JOINS = Pattern.compile(String.join("|",
            "\\bbecome an? (?:member|subscriber|supporter)\\b", "\\bwerden sie (?:mitglied|abonnent)",
            "\\bwerde (?:mitglied|abonnent)", "\\bdevenez (?:membre|abonn)", "\\bhazte (?:miembro|socio|suscriptor)",
            "\\bdiventa (?:socio|membro|abbonato)", "\\btorne-se (?:membro|s[óo]cio|assinante)",
            "\\bword (?:lid|abonnee)\\b", "\\bzosta[ńn] (?:cz[łl]onkiem|subskrybentem|prenumerator)",
            "\\bстаньте (?:участником|учасником|подписчиком|підписником|членом)",
            "\\bsta[ňn]te se (?:[čc]lenem|p[řr]edplatitelem)", "\\bγ[ίι]νετε (?:μ[έε]λος|συνδρομητ)"),
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * What a promo offers or asks for: a subscription, a newsletter, an app, a donation, an account, a membership,
     * support for the site's journalism. Each alternative opens with one of its stems: the regex is tried only where a
     * stem opens a word, not at every position.
     */
    private static final Guarded OFFERS = new Guarded(Pattern.compile(
            "\\b(?:subscri\\w*|newsletter\\w*|inbox|apps?|donat\\w*|log in|"
                    + "abonn\\w*|abos?|spende\\w*|postfach|anmelden|connecte[zr]|suscri\\w*|donaci[óo]n\\w*|abbona\\w*|"
                    + "donazion\\w*|assinatura|assinante\\w*|doa[çc][ãa]o|nieuwsbrief|donatie|prenumerat\\w*|"
                    + "subskrypc\\w*|darowizn\\w*|подписк\\w*|рассылк\\w*|пожертвовани\\w*|"
                    + "підписк\\w*|розсилк\\w*|p[řr]edplatn\\w*|"
                    + "ενημερωτικ\\w* δελτ[ίι]\\w*|συνδρομητ\\w*|"
                    // a membership
                    + "members?(?:hip)?|mitglied\\w*|membres?|miembros?|soci[oa]s?|membr[oi]|s[óo]cios?|lid|"
                    + "cz[łl]onk\\w*|участник\\w*|учасник\\w*|[čc]len\\w*|μ[έε]λ\\w*|"
                    // the site's journalism a donation keeps going
                    + "journalism|journalismus|journalisme|periodismo|giornalismo|jornalismo|journalistiek|"
                    + "dziennikarstw\\w*|журналистик\\w*|журналістик\\w*|žurnalistik\\w*|δημοσιογραφ[ίι]\\w*)\\b",
            Pattern.UNICODE_CHARACTER_CLASS), "subscri", "newsletter", "inbox", "app", "donat", "log in", "abo", "spende",
            "postfach", "anmelden", "connecte", "suscri", "donaci", "abbona", "donazion", "assina", "doa", "nieuwsbrief",
            "prenumerat", "subskrypc", "darowizn", "подписк", "рассылк", "пожертвовани", "підписк", "розсилк", "předplatn", "predplatn",
            "ενημερωτικ", "συνδρομητ", "member", "mitglied", "membr", "miembro", "soci", "sócio", "lid", "członk",
            "czlonk", "участник", "учасник", "člen", "clen", "μέλ", "μελ", "journalis", "periodismo", "giornalismo",
            "jornalismo", "dziennikarstw", "журналистик", "журналістик", "žurnalistik", "δημοσιογραφ");

    /**
     * The networks a site asks to be followed on: what a pitch offers, where a story may well name them to the reader
     * ("Did you see it on Twitter?").
     */
    private static final Guarded NETWORKS = new Guarded(Pattern.compile(
            "\\b(?:twitter|facebook|instagram|linkedin|youtube|tiktok|telegram|whatsapp)\\b"), "twitter", "facebook",
            "instagram", "linkedin", "youtube", "tiktok", "telegram", "whatsapp");

    /**
     * The site speaking of itself: "our", "unser", "notre", "nuestro", "nostro", "nosso", "onze", "nasz", "наш"; in
     * Polish also "zapraszamy" ("we invite you"), the site's way to ask.
     */
    private static final Pattern SITE = Pattern.compile(
            "\\b(?:our|us|unser\\w*|uns|notre|nos|nuestr\\w+|nostr\\w|noss\\w+|onze|ons|nasz\\w*|nas|"
                    + "zapraszamy|наш\\w*|нас|n[áa][šs]\\w*|n[áa]s|μας)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** A sentence that opens with a request: the imperative, as a promo puts it and a story seldom does. */
    private static final Pattern IMPERATIVE = Pattern.compile(
            "(?:^|[.!?:]\\s+)(?:(?:please |now |jetzt )?(?:sign up|subscribe|download|follow|register|join|donate|"
                    + "abonnieren|abonnez|inscrivez|suscr[íi]bete|iscriviti|assine|inscreva|abonneer|zapisz|"
                    + "subskrybuj|подпишитесь|підпишіться|odeb[íi]rejte|εγγραφε[ίι]τε|unterst[üu]tzen sie)"
                    // a German button puts the infinitive last, after "now" or "here": "Jetzt kostenlos anmelden"
                    + "|(?:jetzt|hier) (?:kostenlos |gratis )?(?:anmelden|registrieren))\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** The reader addressed: "you", "du", "vous", "tú", "voi", "você", "jij", "ty", "вы" and their forms. */
    private static final Pattern READER = Pattern.compile(
            "\\b(?:you|your|you're|yours|du|dich|dir|dein\\w*|euch|euer|vous|votre|vos|tu|te|usted|ustedes|tus|"
                    + "ti|tuo|tua|tuoi|voi|vostr\\w|voc[êe]s?|jij|jouw|uw|ty|tw[óo]j|twoj\\w+|wy|"
                    + "wasz\\w*|вы|вас|вам|ваш\\w*|ты|тебя|тебе|тво\\w+|ви|ти|v[áa]s|v[áa]m|va[šs]\\w*|v[áa][šs]|"
                    + "σας|εσε[ίι]ς)\\b"
                    + "|(?-i:\\b(?:Sie|Ihnen|Ihr\\w*)\\b)",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

    /**
     * The consent a sign-up form asks for ("By signing up, you agree to our privacy policy", "Mit der Anmeldung stimme
     * ich ... zu"): the form's small print, never a story's sentence.
     */
    private static final Pattern CONSENT = Pattern.compile(String.join("|",
            "^by (?:signing up|subscribing|registering|clicking|submitting|entering)\\b.{0,80}\\b(?:agree|accept|consent)",
            "^(?:i|you) (?:agree|consent|accept)\\b.{0,80}\\b(?:privacy|terms|data|e-?mails?|newsletter)",
            "^mit (?:der|ihrer|deiner|meiner) (?:anmeldung|registrierung|bestellung|eintragung)\\b.{0,40}"
                    + "\\b(?:stimme|stimmen|stimmst|erkl[äa]re|akzeptiere|willige)",
            "^(?:ich|sie) (?:stimme|stimmen|willige|willigen) .{0,80}\\b(?:datenschutz|daten|newsletter|e-?mails?)",
            "^en (?:vous|t'|te) (?:inscrivant|abonnant)\\b.{0,40}\\baccept",
            "^al (?:suscribirte|suscribirse|registrarte|registrarse|hacer clic)\\b.{0,40}\\bacept"),
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * The promise under a sign-up form: the reader may unsubscribe at any time. Its words are looked for first: the
     * regex, unanchored, would try every position of every short block.
     */
    private static final Guarded UNSUBSCRIBE = new Guarded(Pattern.compile(String.join("|",
            "\\bunsubscribe (?:at any time|anytime)\\b", "\\bjederzeit (?:wieder )?(?:abbestell|abmeld)",
            "\\bvous (?:d[ée]sabonner|d[ée]sinscrire) [àa] tout moment\\b",
            "\\b(?:darte|darse) de baja en cualquier momento\\b",
            "\\b(?:annullare l'iscrizione|disiscriverti|cancellarti) in qualsiasi momento\\b",
            "\\bcancelar (?:a (?:sua )?inscri[çc][ãa]o|a (?:sua )?assinatura) a qualquer momento\\b",
            "\\b(?:op elk moment|altijd) (?:weer )?(?:afmelden|uitschrijven)\\b",
            "\\bw ka[żz]dej chwili (?:zrezygnowa[ćc]|wypisa[ćc])", "\\bотписаться (?:в любой момент|в любое время)",
            "\\bвідписатися (?:будь-коли|в будь-який час)", "\\bkdykoli(?:v)? (?:se )?odhl[áa]sit",
            "\\bδιαγραφε[ίι]τε (?:ανά πάσα στιγμή|οποτεδ[ήη]ποτε)"),
            Pattern.UNICODE_CHARACTER_CLASS), "unsubscribe", "jederzeit", "tout moment", "cualquier momento",
            "qualsiasi momento", "qualquer momento", "afmelden", "uitschrijven", "chwili", "отписаться", "відписатися",
            "kdykoli", "διαγραφ");

    /**
     * A question to the reader, then a website's name closing the line: an advertiser's line set between a story's
     * paragraphs ("Looking for a flat? See the offers at Example.com"), in any language.
     */
    private static final Pattern SENDS_TO_SITE = Pattern.compile(
            "^[^?]{3,120}\\?\\s.{0,80}\\s\\p{L}[\\p{L}\\d-]{2,}\\.\\p{Ll}{2,3}$");

    private CallsToAction() {
    }

    /** True when {@code text}, a line or two, asks the reader a question and sends them to a website by its name. */
    static boolean sendsToSite(String text) {
        // the question mark the regex looks for first: most lines have none
        return text.length() <= MAX_PITCH_CHARS && text.indexOf('?') >= 3 && SENDS_TO_SITE.matcher(text).lookingAt();
    }

    /** {@link #pitches(String, String)} of {@code text}. */
    static boolean pitches(String text) {
        return pitches(text, text.toLowerCase(Locale.ROOT));
    }

    /**
     * True when {@code text}, a line or two, offers and asks in the site's own voice or in the imperative ("Sign up for
     * our newsletter", "Want more? Subscribe to the daily briefing.", "Become a member"): a promo wherever it stands,
     * where a story telling how to sign up for a service speaks of someone else's ("you can sign up for a free
     * trial"). {@code lower} is {@code text} lower-cased ({@link Locale#ROOT}).
     */
    static boolean pitches(String text, String lower) {
        if (text.length() > MAX_PITCH_CHARS) return false;
        return (OFFERS.findOpeningAtWord(lower) || NETWORKS.findOpeningAtWord(lower)) && (IMPERATIVE.matcher(lower).find()
                || WordStartRegex.find(JOINS, lower) || WordStartRegex.find(SITE, lower)
                && (WordStartRegex.find(REQUESTS, lower) || STORES.findOpeningAtWord(lower)));
    }

    /**
     * True when {@code text}, short enough to be a promo, pleads for money in the site's own voice ({@link #PLEAS});
     * {@code lower} is {@code text} lower-cased ({@link Locale#ROOT}).
     */
    static boolean pleads(String text, String lower) {
        return text.length() <= MAX_CHARS && PLEADS.findOpeningAtWord(lower);
    }

    /** True when {@code text}, however long, pleads for money in the site's own voice: a donation box's appeal. */
    static boolean pleadsAtLength(String text) {
        return PLEADS.findOpeningAtWord(text.toLowerCase(Locale.ROOT));
    }

    /** True when {@code text}, a line or two, is the consent a sign-up form asks for or its promise. */
    static boolean consents(String text) {
        return consents(text, text.toLowerCase(Locale.ROOT));
    }

    /** {@link #consents(String)} of {@code text} lower-cased as {@code lower} ({@link Locale#ROOT}). */
    static boolean consents(String text, String lower) {
        if (text.length() > MAX_PITCH_CHARS) return false;
        return CONSENT.matcher(lower).lookingAt() || UNSUBSCRIBE.find(lower);
    }

    /**
     * True when {@code text}, short enough to be a promo, asks the reader to act, or offers the reader a subscription,
     * a newsletter, an app or a way to give.
     */
    static boolean asks(String text) {
        if (text.length() > MAX_CHARS) return false;
        String lower = text.toLowerCase(Locale.ROOT);
        return WordStartRegex.find(REQUESTS, lower) || WordStartRegex.find(JOINS, lower)
                || OFFERS.findOpeningAtWord(lower) && READER.matcher(text).find() || sendsToStore(text, lower);
    }

    /** True when {@code text} names an app store as a request does: a short line, or to the reader, or as the site. */
    private static boolean sendsToStore(String text, String lower) {
        return STORES.findOpeningAtWord(lower) && (text.length() <= MAX_STORE_LINK_CHARS
                || READER.matcher(text).find() || WordStartRegex.find(SITE, lower));
    }
}
