package dev.newsdesk.parse.extract;

import dev.newsdesk.parse.meta.LowerCaseWords;
import dev.newsdesk.parse.meta.Vocabulary;
import dev.newsdesk.parse.meta.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words pages put around an article, in English, French, German, Spanish, Italian, Portuguese and Dutch, the
 * comment threads, widgets, menus and small print of Russian, Ukrainian, Polish, Czech, Greek and Chinese pages, and the
 * comment counts of the other Slavic languages (their prose is judged without function words, so these words are all
 * that keeps their chrome out of a dump). Generic vocabulary only: what every news site says in its comment forms,
 * share bars and widgets, never a phrase of one site.
 */
public final class Boilerplate {

    /**
     * The headings of the boxes of other articles a page sets under a story ("Related posts", "You may also like",
     * "Most read"): where the article is over ({@link #END_OF_ARTICLE}), and so a widget's heading too
     * ({@link #WIDGET_HEADINGS}), which the rules that look for a story's last lines above the chrome ask.
     */
    private static final List<String> OTHER_ARTICLES_BELOW = List.of(
            // en
            "related (articles|stories|posts|content|coverage)", "more (stories|articles) from.*",
            // "More stories", "More great Gazette stories": two words at most between, a sentence says more
            "more (\\S+ ){0,2}(stories|articles|posts|news)",
            "you (may|might) also like", "recommended( for you)?", "more from .{1,40}", "most (read|popular|viewed)",
            "trending( now)?", "read next", "what to read next",
            // a recipe page's box of other recipes (and in the languages below)
            "(similar|related|recommended) recipes",
            // fr
            "les plus lus", "recettes similaires", "les plus (partag[ée]s|comment[ée]s|populaires)",
            "articles? (similaires|li[ée]s|en relation)", "sur le m[êe]me (sujet|th[èe]me)",
            "vous aimerez (aussi|peut-[êe]tre aussi)", "[àa] lire (aussi|[ée]galement)", "dans la m[êe]me rubrique",
            "nos derniers articles", "derni[èe]res (infos|actualit[ée]s|nouvelles)",
            // de
            "meistgelesen(e)?( artikel)?", "am meisten gelesen", "das k[öo]nnte sie (auch )?interessieren",
            "mehr zum thema", "verwandte artikel", "[äa]hnliche rezepte",
            // es
            "lo m[áa]s le[íi]do", "m[áa]s le[íi]das?", "noticias relacionadas", "art[íi]culos relacionados",
            "tambi[ée]n te puede interesar",
            // it
            "i pi[ùu] letti", "pi[ùu] lett[ie]", "articoli correlati", "potrebbe interessarti( anche)?",
            // pt
            "mais lidas?", "not[íi]cias relacionadas", "artigos relacionados", "voc[êe] tamb[ée]m pode gostar",
            // nl
            "meest (gelezen|bekeken|gedeeld)", "gerelateerde (artikelen|berichten|nieuwsberichten)",
            "dit vind je misschien ook leuk",
            // ru
            "самое (читаемое|популярное|обсуждаемое)", "(другие|похожие) новости", "новости по теме",
            "вам (также )?может (быть интересно|понравиться)", "материалы по теме",
            // pl
            "najcz[ęe][śs]ciej (czytane|komentowane)", "najpopularniejsze",
            "(podobne|powi[ąa]zane) (artyku[łl]y|tematy|przepisy)", "polecane przepisy",
            "mo[żz]e ci[ęe] (te[żz] )?zainteresowa[ćc]",
            // el
            "(τα )?πιο (δημοφιλ[ήη]|διαβασμ[έε]να|σχολιασμ[έε]να)", "δημοφιλ[ήη]",
            "σχετικ[άα] ([άα]ρθρα|θ[έε]ματα|ν[έε]α)",
            // uk
            "(найпопулярніше|найчитаніше)", "(інші|схожі) новини", "новини на тему",
            "вам (також )?може (бути цікаво|сподобатися)",
            // cs
            "nej(č|c)ten(ě|e)j(š|s)[íi]( (č|c)l[áa]nky| zpr[áa]vy)?", "souvisej[íi]c[íi] ((č|c)l[áa]nky|zpr[áa]vy)",
            "mohlo by v[áa]s (tak[ée] )?zaj[íi]mat"
    );

    /**
     * Where an article is over: a comment form, a comment thread or a box of other articles starts (everything after
     * is not the article).
     */
    private static final Phrases END_OF_ARTICLE = compile(OTHER_ARTICLES_BELOW, List.of(
            // en (a comment form's heading may carry its "cancel reply" link)
            "leave a (reply|comment)( cancel reply)?", "you must (be logged in|log in) to post a comment",
            "add (a|your) comment", "post a comment", "\\d* ?comments?", "show comments", "view comments",
            "join the (conversation|discussion)", "your email address will not be published.*",
            "comments are closed.*", "comment here",
            // fr
            "ajouter un commentaire", "laisser (un commentaire|une r[ée]ponse)( annuler la r[ée]ponse)?",
            "vous devez [êe]tre connect[ée] pour (publier|poster) un commentaire", "laissez un commentaire",
            "\\d* ?commentaires?", "r[ée]agir", "comment(ez|er) ici",
            "votre adresse (e-?mail|de messagerie|courriel) ne sera pas publi[ée]e.*",
            // de
            "kommentar (schreiben|verfassen|hinterlassen)",
            "(schreibe|hinterlasse) einen kommentar( antworten abbrechen)?",
            "du musst angemeldet sein, um einen kommentar abzugeben", "\\d* ?kommentare?",
            "sie m[üu]ssen sich (einloggen|anmelden),? um .{0,40}(kommentar|diskussion).*",
            "du musst dich (einloggen|anmelden),? um .{0,40}(kommentar|diskussion).*",
            "ihre e-mail-adresse wird nicht ver[öo]ffentlicht.*",
            // the verb with "here": the form is right under it (the bare verb may be a link under the headline)
            "kommentieren sie hier", "hier kommentieren",
            // es
            "deja (un comentario|una respuesta)( cancelar (la )?respuesta)?",
            "debes (estar registrado|iniciar sesi[óo]n) para publicar un comentario", "dejar un comentario",
            "\\d* ?comentarios?", "coment(a|e) aqu[íi]",
            "tu direcci[óo]n de correo electr[óo]nico no ser[áa] publicada.*",
            // it
            "lascia (un commento|una risposta)( annulla (la )?risposta)?",
            "devi (essere connesso|effettuare l'accesso) per (pubblicare|inviare) un commento", "\\d* ?commenti",
            "commenta qui",
            "il tuo indirizzo email non sar[àa] pubblicato.*",
            // pt
            "deixe (um|seu) coment[áa]rio( cancelar resposta)?", "deixe uma resposta( cancelar resposta)?",
            "voc[êe] (precisa|deve) (fazer o login|estar (logado|conectado)) para publicar um coment[áa]rio",
            "\\d* ?coment[áa]rios?", "o seu endere[çc]o de e-?mail n[ãa]o ser[áa] publicado.*",
            // nl
            "reacties", "\\d+ ?reacties?", "(plaats|schrijf|geef) (een|je|uw) reactie",
            "laat een reactie achter( reactie annuleren)?",
            "(je|uw) e-?mailadres wordt niet gepubliceerd.*",
            // ru
            "\\d* ?комментари(и|ев)", "\\d+ комментари(й|я)", "(оставить|добавить|написать) комментарий", "(ваш|ваше) комментарий",
            "(чтобы|для того,? чтобы) (оставить|написать|добавить) комментарий.*",
            // the rules over a comment section, in each of these languages: what follows is the readers', not the story
            "правила (комментирования|комментариев)", "правила коментування", "reactieregels", "huisregels",
            "(regulamin|zasady) (komentarzy|komentowania)",
            "pravidla (diskuse|koment[áa](ř|r)(ů|u))", "(κανόνες|όροι) σχολιασμού",
            // pl
            "\\d* ?komentarz(e|y)", "\\d+ komentarz", "(dodaj|napisz) komentarz", "skomentuj( artyku[łl])?",
            // el (capitals carry no accents: "ΣΧΟΛΙΑ" lower-cases to "σχολια")
            "\\d* ?σχ[οό]λια", "\\d+ σχ[οό]λιο", "σχολι[άα]στε", "(γρ[άα]ψτε|προσθ[έε]στε) (το |ένα |ενα )?σχ[οό]λι[οό] σας",
            // uk
            "\\d* ?коментар(і|ів)", "\\d+ коментар(я)?", "(залишити|додати|написати) коментар",
            // cs
            "\\d* ?koment[áa](ř|r)(e|[ůu])", "\\d+ koment[áa](ř|r)", "(p(ř|r)idat|napsat) koment[áa](ř|r)",
            // zh
            "(网友|網友|读者|讀者|热门|熱門|最新)?(评论|評論|留言)([（(]\\d+[）)]?)?", "(发表|發表)(评论|評論)",
            "(热点|熱點|点击|點擊|阅读|閱讀|评论|評論|新闻|新聞)?排行(榜)?",
            "(热门|熱門)(文章|新闻|新聞|推荐|推薦|排行)",
            "(相关|相關)(新闻|新聞|文章|链接|連結|连接|連接|报道|報導|報道|内容|內容|专题|專題|资讯|資訊)",
            // the heading of the legal notice a Chinese site sets under its stories, its name often before it
            ".{0,12}(版权|版權)(与|與|和|及)?(免责|免責)?(声明|聲明|公告)", ".{0,12}(免责|免責)(声明|聲明)",
            "(反侵权|反侵權)(公告|声明|聲明)"));

    /**
     * Headings of the boxes a page sets under or inside a story: other articles, the latest headlines (and the
     * author's profile, {@link #AUTHOR_PROFILE_HEADINGS}); not the "see also" lines a story sets between its
     * paragraphs. Read only in dumps: in markup the article's element keeps most such boxes out, and one inside it is
     * more often a box the story goes on after, which a dump bridges by the story's words (a wall there) and markup
     * does not.
     */
    private static final Phrases WIDGET_HEADINGS = compile(OTHER_ARTICLES_BELOW, List.of(
            // en
            "related (links|news|topics|videos|reading)",
            "(top|latest|more|other) (news|stories|headlines|articles)( in .{1,40})?",
            "most (read|popular|viewed|shared|commented|emailed)( (stories|articles|in .{1,40}))?",
            "you may have missed", "you (may|might) be interested in", "editors?'?s?'? picks", "don't miss",
            // de
            "das k[öo]nnte dich (auch )?interessieren", "(das|dies) k[öo]nnte (dir|ihnen) auch gefallen",
            "([äa]hnliche|weitere) (artikel|beitr[äa]ge|nachrichten|meldungen)", "verwandte (beitr[äa]ge|nachrichten)",
            "neueste beitr[äa]ge",
            // fr, es, it, pt
            "(autres|d'autres) (articles|actualit[ée]s|infos)",
            "(otras|m[áa]s|[úu]ltimas) noticias", "(temas|contenidos) relacionados",
            "(notizie|contenuti) correlat[ie]", "(altre|ultime) notizie", "(altri|ultimi) articoli",
            "(outras|mais|[úu]ltimas) not[íi]cias", "(conte[úu]dos|temas) relacionados", "voc[êe] pode gostar",
            "te puede interesar",
            // ru, uk, cs, nl
            "последние новости", "останні новини", "матеріали за темою",
            "(dal[šs][íi]|nejnov[ěe]j[šs][íi]|posledn[íi]) (zpr[áa]vy|(č|c)l[áa]nky)",
            "(meer|ander|laatste) nieuws",
            // pl
            "najnowsze (wiadomo[śs]ci|artyku[łl]y)",
            // el
            "(τελευτα[ίι]α|περισσ[όο]τερα) ν[έε]α",
            // zh
            "(更多|最新)(新闻|新聞|文章)",
            // ja
            "(関連|人気|新着|おすすめ)記事"));

    /**
     * Headings of the author's profile, which closes a story: what follows is a biography, never the article, in a
     * dump and in markup alike (the article's element often holds the box).
     */
    private static final Phrases AUTHOR_PROFILE_HEADINGS = compile(List.of(
            "about the author", "[üu]ber (den autor(in)?|die autorin)", "[àa] propos de l'auteur(e)?", "sobre el autor(a)?",
            "sull'autore", "sobre o autor(a)?", "об авторе", "про автора", "o autorovi", "over de (auteur|schrijver)",
            "o autorze", "σχετικ[άα] με τον συγγραφ[έε]α",
            // asked over the box: "Who wrote this?"
            "who wrote (this|it)\\??", "wer hat (das|dies|diesen (artikel|beitrag)) geschrieben\\??",
            "qui a [ée]crit (ça|cela|cet article) ?\\??", "¿?qui[ée]n (lo )?escribi[óo]( esto)?\\??",
            "chi (l'ha|ha) scritto\\??"));

    /**
     * Headings of a blog sidebar's lists of the site's latest posts and comments and of its feeds, in the words
     * blog software prints in each language. A sidebar may stand above the post in a dump; what precedes such a
     * heading is the sidebar's top (the owner's blurb, a search box), not a story the heading closes.
     */
    private static final Phrases SIDEBAR_HEADINGS = compile(List.of(
            "recent (comments|posts|entries)", "(comments|entries) (feed|rss)",
            "neueste (kommentare|beitr[äa]ge)", "letzte (kommentare|beitr[äa]ge)", "(kommentare|eintr[äa]ge)-feed",
            "derniers (commentaires|articles)", "(commentaires|articles) r[ée]cents", "flux des (commentaires|publications)",
            "(comentarios|entradas) recientes", "[úu]ltimos comentarios", "(commenti|articoli) recenti",
            "recente (reacties|berichten)",
            "(coment[áa]rios|posts) recentes", "свежие (комментарии|записи)", "(najnowsze|ostatnie) (komentarze|wpisy)"));

    /**
     * A bare heading over readers' comments: the plural alone ("Comments", "Kommentare"). With a count it is as often
     * a link under the headline or the lead; the singular is also a form's field and, in German, an opinion piece's
     * label.
     */
    private static final Phrases COMMENT_HEADING = compile(List.of(
            "comments", "kommentare", "commentaires", "comentarios", "commenti", "coment[áa]rios", "комментарии",
            "komentarze", "σχ[όο]λια", "reacties"));

    /**
     * A blog's comment thread header, "34 responses to “Title”", in the words WordPress prints in each language:
     * the quoted title tells it from a sentence. What follows it is readers' comments, never the article.
     */
    private static final Phrases COMMENT_THREAD = compile(List.of(
            "(\\d+|one) (responses?|repl(y|ies)|comments?|thoughts?) (to|on) [“\"'‘«„].+",
            "(\\d+|une?) (r[ée]flexions?|commentaires?|r[ée]ponses?) (sur|[àa]) [“\"'‘«„].+",
            "(\\d+|eine?n?) (gedanken|kommentare?|antworten?) (zu|auf) [“\"'‘«„].+",
            "(\\d+|una?) (comentarios?|respuestas?|pensamientos?) (en|a|sobre) [“\"'‘«„].+",
            "(\\d+|una?) (commenti|commento|risposte?|pensier[io]) (su|a) [“\"'‘«„].+",
            "(\\d+|uma?) (coment[áa]rios?|respostas?|pensamentos?) (em|para|sobre) [“\"'‘«„].+",
            "\\d+ (комментари(й|я|ев)|отзыв(а|ов)?) (к|на) [“\"'‘«„].+",
            "\\d+ (komentarz(e|y)?|odpowied(ź|zi)) (do|na) [“\"'‘«„].+",
            "\\d+ (σχ[οό]λι(α|ο)|απαντ[ήη]σεις) (στο|σε|για) [“\"'‘«„].+",
            "(\\d+|één|een) (reacties?|gedachten?) (op|over) [“\"'‘«„].+",
            // zh: "《Title》上有 3 条评论", "在〈Title〉中有 3 則留言", the title in its book-title marks first
            "(在)?[《〈「“].+[》〉」”](上|中)?(已|共)?有 ?\\d+ ?(条|條|件|则|則|个|個)(评论|評論|留言|回复|回覆)"));

    /**
     * The marks that open the quoted title every {@link #COMMENT_THREAD} phrase holds: a key with none of them is no
     * thread header, and is not matched against the phrases.
     */
    private static final String TITLE_QUOTES = "“\"'‘«„《〈「";

    /**
     * The line that signs a reader's comment, "Jane on May 2, 2019 at 4:47 pm said:", "Jean dit :", in the words
     * comment systems print in each language: a name (and a date) then a verb of saying and a colon. Inside an article
     * such a line may introduce a quote, so it only tells that the wall just above it opens a comment thread.
     */
    private static final Pattern COMMENT_SIGNATURE = Pattern.compile(
            "^\\S.{0,80}(?<![\\p{L}\\p{N}_])(?:says|said|wrote|dit|a dit|a [ée]crit|sagt|schreibt|meint|dice|dijo|"
                    + "escribi[óo]|"
                    + "ha detto|ha scritto|scrive|disse|diz|escreveu|пишет|написал|написала|pisze|napisa[łl]a?|"
                    + "[έε]γραψε|γρ[άα]φει)\\s?:(?:\\s.{0,60})?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Longer than this, a line is not a comment's signature. */
    private static final int MAX_SIGNATURE_CHARS = 140;

    /** What names comments, replies and the comment form in the languages the parser reads. */
    private static final Pattern COMMENT_STEMS = Pattern.compile(
            "comment|koment|kommentar|comentar|coment[áa]r|repl(y|ies)|r[ée]pon|respuest|rispost|respost|antwort|"
                    + "r[ée]agi|e-?mail|logged in|connect[ée]|angemeldet|reactions?|reactie|reageer|комм?ент|komentarz|σχ[οό]λι|评论|評論|留言");

    /**
     * The lines only a comment form prints: its "cancel reply" link and its notice that the e-mail address stays
     * private. A "Leave a comment" line may be a link under the headline; these stand in the form alone, under the
     * article.
     */
    private static final Phrases COMMENT_FORM = compile(List.of(
            "(.{1,60} )?(cancel reply|click here to cancel reply|antworte?n? abbrechen"
                    + "|hier klicken, um die antwort abzubrechen|annuler la r[ée]ponse|cancelar (la )?respuesta"
                    + "|annulla (la )?risposta|cancelar resposta|anuluj (pisanie )?odpowied(ź|z|zi)|reactie annuleren)",
            "(your )?e-?mail( address)? will not be published.*", "e-?mail \\(required\\) \\(address never made public",
            "(ihre |deine )?e-?mail[- ]?adresse wird nicht ver[öo]ffentlicht.*",
            "e-?mail \\(erforderlich\\) \\(adresse wird niemals ver[öo]ffentlicht",
            "(votre )?adresse (e-?mail|de messagerie|courriel) ne sera pas publi[ée]e.*",
            "(tu )?direcci[óo]n de correo( electr[óo]nico)? no ser[áa] publicada.*",
            "(il tuo )?indirizzo (e-?mail|di posta elettronica) non sar[àa] pubblicato.*",
            "(o seu )?endere[çc]o de e-?mail n[ãa]o ser[áa] publicado.*",
            "(tw[óo]j )?adres e-?mail nie zostanie opublikowany.*", "(je|uw) e-?mailadres wordt niet gepubliceerd.*"));

    /** The label a site sets over an ad: "Advertisement", "Anzeige", "Reklama". */
    private static final List<String> AD_LABELS = List.of(
            "advertisement", "publicit[ée]", "anzeige", "werbung", "publicidad", "pubblicit[àa]", "publicidade",
            "sponsored( content)?", "contenu sponsoris[ée]", "ad", "ads", "advert", "adverts", "werbeanzeige",
            "реклама", "reklama", "διαφ[ήη]μιση", "advertentie", "广告", "廣告");
    private static final Phrases AD_LABEL = compile(AD_LABELS);

    /** A teaser's link to the rest of its story ("Read more"), as {@link #key} writes it. */
    public static final List<String> READ_ON_LINKS = List.of("read more", "lire la suite", "weiterlesen",
            "lees (verder|meer)", "leer m[áa]s", "leggi (di pi[ùu]|tutto)", "leia mais");

    /** Lines that are never article text, wherever they stand. */
    private static final Phrases NOISE = compile(READ_ON_LINKS, withAdLabels(List.of(
            // navigation, page chrome
            "(back )?to top", "retour en haut( de (la )?page)?", "nach oben", "volver arriba", "torna (su|in alto)",
            "voltar ao topo", "skip to (main )?content.*",
            // the same in Russian, Ukrainian, Polish, Czech and Greek
            "главная", "головна", "strona g[łl][óo]wna", "hlavn[íi] str[áa]nka", "αρχικ[ήη]( σελ[ίι]δα)?",
            "меню", "μενο[ύυ]", "поиск", "пошук", "szukaj", "hledat", "αναζ[ήη]τηση", "войти", "увійти",
            "zaloguj( si[ęe])?", "p[řr]ihl[áa]sit( se)?", "σ[ύυ]νδεση", "подписаться", "subskrybuj",
            "читать (далее|полностью)", "подробнее", "читати (далі|повністю)", "czytaj (dalej|ca[łl]o[śs][ćc])",
            "(č|c)(í|i)st (d[áa]l|v[íi]ce)", "διαβ[άα]στε (περισσ[όο]τερα|ολ[όο]κληρο το [άα]ρθρο)",
            "версия для печати", "drukuj", "tisk", "εκτ[ύυ]πωση", "aller au contenu.*", "menu", "search", "rechercher",
            "suche", "buscar", "cerca", "pesquisar", "zoeken", "inloggen", "home", "accueil", "startseite", "inicio", "next( article| post)?",
            "previous( article| post)?", "suivant", "pr[ée]c[ée]dent", "close", "fermer", "more", "plus", "mehr",
            "log ?in", "sign ?in", "sign up", "register", "se connecter", "connexion", "s'inscrire", "anmelden",
            "subscribe( now)?", "s'abonner", "abonnez-vous", "abonnieren", "suscr[íi]bete", "iscriviti", "assine",
            "(reading time|temps de lecture|lesezeit|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd"
                    + "|время чтения|час читання|czas (czytania|lektury)|doba (č|c)ten[íi]|χρ[όο]νος αν[άα]γνωσης)"
                    + " ?:? ?(~ ?)?\\d+ ?\\p{L}{0,8}",
            "\\d+ ?(min|minutes?|minuten|minutos|minuti|мин|хв|λεπτ[άα])\\.? (read|de lecture|lesezeit|de lectura"
                    + "|di lettura|de leitura|leestijd|чтения|читання|czytania|(č|c)ten[íi]|αν[άα]γνωσης)",
            "(please )?enable javascript.*", "javascript (is )?(disabled|required).*",
            // photo credits and captions' tails
            "(photo|photograph|image|picture|foto|fot\\.|фото|φωτογραφ[ίι]α|cr[ée]dit|credits?)s?( ?:| by| de| von)? .{0,80}",
            // the German blog's credit of its header picture ("Beitragsbild: ...", "Titelbild via ...")
            "beitragsbild( ?:| via| von)? .{0,80}", "titelbild( ?:| via| von)? .{0,80}", "bildquelle ?:? .{0,80}",
            "(图片|圖片|摄影|攝影|图|圖)(来源|來源)?[:：].{0,60}",
            // Chinese editor and source lines under a story: "责任编辑：张三", "（编辑 李四）", "来源：新华社"
            "[（(]?(责任编辑|責任編輯|编辑|編輯|来源|來源)[:： ].{0,30}",
            // a reprint's original title over its text, a link's call to click through ("点击查看：…")
            "(原标题|原標題)[:：].{0,60}", "(点击|點擊)(进入|進入|查看|阅读|閱讀|观看|觀看)[^。！？]{0,30}",

            // share bars
            "share( this( article| story| post| page)?)?( on .{1,20})?",
            "partager( (cet|l')article| cette page)?( sur .{1,20})?",
            "поделиться", "udost[ęe]pnij", "podziel si[ęe]", "κοινοπο[ίι]ηση", "μοιραστε[ίι]τε", "分享(到)?",
            "поділитися", "sd[íi]let", "sd[íi]lejte",
            "вконтакте", "одноклассники", "微博", "微信", "qq空间",
            "teilen", "seite teilen", "diese seite teilen", "artikel teilen", "beitrag teilen",
            "compartir", "condividi", "compartilhar", "delen", "tweet", "email", "e-mail", "print", "imprimer",
            "drucken", "imprimir", "stampa", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit",
            "copy link", "copier le lien", "link kopieren",
            // comment forms: their field labels and the consent line every WordPress site prints
            "name", "nom", "website", "site web", "site internet", "post comment", "publier le commentaire",
            "save my name, email, and website in this browser.*", "enregistrer mon nom, mon e-mail et mon site.*",
            "meinen namen, meine e-mail-adresse und meine website in diesem browser speichern.*",
            "guardar mi nombre, correo electr[óo]nico y web en este navegador.*",
            "salva il mio nome, email e sito web in questo browser.*", "salvar meus dados neste navegador.*",
            // cookies, newsletters
            "(we|this (site|website)) uses? cookies.*",
            // the same notice in French, German, Spanish, Italian, Portuguese and Dutch (each opening with a letter:
            // one group's regex per line, not every line trying them all)
            "ce site( web)? utilise (des )?cookies.*", "notre site utilise (des )?cookies.*",
            "nous utilisons (des )?cookies.*", "diese (website|webseite|seite) (verwendet|nutzt) cookies.*",
            "unsere (website|webseite|seite) (verwendet|nutzt) cookies.*", "wir (verwenden|nutzen) cookies.*",
            "este (sitio( web)?|portal|site|s[íi]tio) (utiliza|usa) (las )?cookies.*",
            "nuestro (sitio( web)?|portal) (utiliza|usa) (las )?cookies.*", "utilizamos cookies.*", "usamos cookies.*",
            "questo sito( web)? (utilizza|usa) (i )?cookies?.*", "utilizziamo (i )?cookies?.*", "usiamo (i )?cookies?.*",
            "o nosso (site|s[íi]tio) (utiliza|usa) cookies.*", "deze (website|site) (gebruikt|maakt gebruik van) cookies.*",
            "onze (website|site) (gebruikt|maakt gebruik van) cookies.*", "wij gebruiken cookies.*", "we gebruiken cookies.*",
            "accept( all)?( cookies)?", "accepter( et fermer| tout)?",
            "tout accepter", "alle akzeptieren", "aceptar( todo)?", "accetta( tutto)?", "aceitar",
            "cookie (policy|settings|preferences)", "politique (de confidentialit[ée]|relative aux cookies)",
            "privacy policy", "terms (of (use|service)|and conditions)", "datenschutz(erkl[äa]rung)?", "impressum",
            "sign up (for|to) (our|the) newsletter.*", "subscribe to (our|the) newsletter.*", "newsletter",
            "inscrivez-vous [àa] (notre|la) newsletter.*", "recevez (notre|la) newsletter.*",
            "abonnez-vous [àa] (notre|la) newsletter.*", "newsletter abonnieren.*", "suscr[íi]bete a (nuestra|la) newsletter.*",
            "iscriviti alla (nostra )?newsletter.*", "assine (a nossa|nossa) newsletter.*",
            "(мы )?используем (файлы )?cookies?.*", "(ми )?використовуємо (файли )?cookies?.*",
            "(ta strona|strona|serwis) (u[żz]ywa|wykorzystuje) (plik[óo]w )?cookies?.*", "u[żz]ywamy (plik[óo]w )?cookies?.*",
            "(tento web|tyto str[áa]nky) (pou[žz][íi]v(á|a)|vyu[žz][íi]v(á|a)j?[íi]?) (soubory )?cookies?.*",
            "(ο ιστ[όο]τοπος|η ιστοσελ[ίι]δα) .{0,40}χρησιμοποιε[ίι] cookies.*", "χρησιμοποιο[ύυ]με cookies.*",
            "политика конфиденциальности", "пользовательское соглашение", "політика конфіденційності",
            "polityka prywatno[śs]ci", "regulamin", "ochrana osobn[íi]ch [úu]daj(ů|u)", "πολιτικ[ήη] απορρ[ήη]του",
            "[όο]ροι χρ[ήη]σης",
            // legal
            "(©|\\(c\\)|copyright).{0,120}", "all rights reserved.*", "tous droits r[ée]serv[ée]s.*",
            "alle rechte vorbehalten.*", "todos los derechos reservados.*", "tutti i diritti riservati.*",
            "todos os direitos reservados.*", "все права защищены.*", "wszelkie prawa zastrze[żz]one.*",
            "(усі|всі) права захищені.*", "v(š|s)echna pr[áa]va vyhrazena.*", "alle rechten voorbehouden.*",
            "με την επιφ[ύυ]λαξη (παντ[όο]ς|κ[άα]θε) δικαι[ώω]ματος.*", "(版权所有|版權所有).*",
            // widgets
            "tags?( ?:.*)?", "mots-cl[ée]s ?:.*", "schlagw[öo]rter ?:.*", "etiquetas ?:.*", "categor(y|ies|ie) ?:.*",
            "(теги|метки|теґи|мітки) ?:.*", "tagi ?:.*", "(š|s)t[íi]tky ?:.*", "ετικ[έε]τες ?:.*", "(标签|標籤)[:：].*",
            "click here.*", "cliquez ici.*", "continue reading.*", "loading\\.*", "chargement\\.*",
            // the button that folds a story's sources open or shut, and the heading of an embed held back until the
            // reader consents (not "show more": in a dump it folds a table of contents between lead and text)
            "quellen (anzeigen|einblenden|ausblenden)", "empfohlener redaktioneller inhalt",
            // the reader's verdict and share prompts a page sets under its stories (a question, then buttons)
            "(was|is) this (article|page|post|story|information) (helpful|useful)\\??",
            "did you find this (article|page|post|story|information) (helpful|useful)\\??",
            "(war|ist) (dieser|der|diese|die|dieses|das) (artikel|beitrag|seite|text|information) (hilfreich|n[üu]tzlich)\\??",
            "cet article (vous )?a-t-il [ée]t[ée] utile ?\\??",
            "¿?(te|le) (ha )?(result[óo]|resultado|pareci[óo]) [úu]til (este|el|esta|la) (art[íi]culo|informaci[óo]n|p[áa]gina)\\??",
            "(would you like to|do you want to) share this (article|story|post)\\??",
            "(m[öo]chten|wollen) sie (den|diesen) (artikel|beitrag) teilen\\??",
            // author contact and follow lines, newsletter pitches
            "(have|got) a (news )?tip.*", "get (the latest|our) .{0,60}\\b(in|to) your inbox.*",
            "(abonnez-vous|inscrivez-vous) .{0,60}newsletters?.*")));

    /**
     * Chrome recognised by words inside a short line rather than by the whole line (a photo agency at the end of
     * a credit, an author's contact line). Searched, not matched: a leading wildcard would cost a regex attempt
     * at every position of every block.
     */
    private static final Guarded NOISE_INSIDE = new Guarded(Pattern.compile(
            "(?:requires|needs) javascript|\\b(?:may|can) be reached at |\\b(?:follow|suivez|folgen sie|s[íi]guenos|seguici|siga) "
                    + "(?:\\S+ ){0,4}(?:on|sur|auf|en|su|no) (?:twitter|facebook|instagram|linkedin|telegram|youtube|tiktok)\\b"
                    + "|\\bsubscribe to .{0,40}newsletter|\\bdownload (?:\\S+ ){0,4}apps?\\b"
                    + "|\\bsubscribe\\b.{0,60}\\bfull (?:story|article)\\b|\\bfull (?:story|article)\\b.{0,40}\\bsubscribe\\b"
                    // the site's own channel: "our YouTube channel", "nuestro canal de YouTube", "canal de Telegram"
                    + "|\\b(?:our|nuestro|unser(?:em|en)?|notre|nostro|nosso) (?:\\S+ ){0,3}(?:telegram|youtube|whatsapp)\\b"
                    + "|\\b(?:canal|channel|kanal|cha[iî]ne|canale) (?:de |on |auf |sur |su |no |na )?(?:telegram|whatsapp)\\b"
                    // Chinese "no copying without permission", its "all rights reserved"
                    + "|未[经經].{0,30}(?:授权|授權|许可|許可|同意).{0,12}(?:不得|请勿|請勿|禁止|严禁|嚴禁).{0,12}"
                    + "(?:转载|轉載|复制|複製|摘编|摘編|镜像|鏡像)",
            Pattern.UNICODE_CASE), "未经", "未經", "javascript", "be reached at ", "twitter", "facebook", "instagram", "linkedin",
            "telegram", "youtube", "tiktok", "whatsapp", "newsletter", "download", "full story", "full article");
    /** Picture agencies, whose name closes a picture's credit ("Photo: Getty Images"); news agencies are {@link WireCredit}'s. */
    private static final String[] PICTURE_AGENCIES = {"epa", "imago", "getty images", "shutterstock", "ap photo", "istock"};
    /** The most characters a credit line sets before its agency ("Photo: Jane Doe | AFP"). */
    private static final int MAX_CREDIT_LEAD = 60;
    /** The most characters of the partner a picture came through ("AFP via Getty Images"). */
    private static final int MAX_VIA = 40;
    /** Lines longer than this are prose, whatever chrome words they hold. */
    private static final int MAX_INSIDE_CHARS = 160;

    /** The visible characters of {@link #TEASER_PREFIX}'s longest lead-in, "przeczytaj również". */
    private static final int MAX_LEAD_IN = 17;
    /** What announces other articles, in the languages we read: "Read also", "Lire aussi", "Lesen Sie auch". */
    private static final String LEAD_IN = "read (?:more|also)|see also|related|also read|lire aussi|[àa] lire aussi|"
            + "voir aussi|lesen sie auch|mehr dazu|lea tambi[ée]n|lee tambi[ée]n|ver tambi[ée]n|inf[óo]rmate m[áa]s|"
            + "te puede interesar|leggi anche|"
            + "vedi anche|leia tamb[ée]m|veja tamb[ée]m|saiba mais|lees ook|zie ook|bekijk ook|читайте (?:также|ещ[её])|смотрите (?:также|ещ[её])|"
            + "по теме|читайте (?:також|ще)|(?:čtěte|přečtěte si) (?:také|též|více)|(?:czytaj|zobacz|przeczytaj) (?:tak[żz]e|te[żz]|r[óo]wnie[żz]|wi[ęe]cej)|polecamy|"
            + "(?:διαβ[άα]στε|δε[ίι]τε) (?:επ[ίι]σης|ακ[όο]μη|ακ[όο]μα)|(?:相关|相關|延伸|推荐|推薦)(?:阅读|閱讀|新闻|新聞)";
    /** A line that only announces other articles: "Read more: ...", "Lire aussi : ...". */
    private static final Pattern TEASER_PREFIX = Pattern.compile("^(?:" + LEAD_IN + ")\\s*[:：>»|-]+\\s*(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A lead-in alone on its line (its teasers in the lines or links after it), as a {@link #key}: the label of a
     * box of other articles set inside the article, chrome wherever it stands. With it, the labels such boxes carry
     * without naming a headline ("Explore further", "Auch interessant", "Mehr Themen", "Lesetipp", "Mehr zum Thema
     * Gesundheit", "Diese Artikel könnten euch auch interessieren", "Artikel und Videos zum Thema", "Related news",
     * "You may also be interested in").
     */
    private static final Pattern LEAD_IN_ALONE = Pattern.compile("(?:" + LEAD_IN + "|explore further|"
            + "(?:auch|ebenfalls) interessant|mehr themen|das thema k[öo]nnte (?:dich|sie) auch interessieren|"
            + "lesetipps?|mehr zum thema .{1,30}|(?:diese )?(?:artikel|beitr[äa]ge) k[öo]nnten (?:euch|dich|sie|dir) "
            + "(?:auch )?interessieren|(?:artikel|beitr[äa]ge|videos)(?: und (?:artikel|videos))? zum thema|"
            + "related (?:news|reading)|you (?:may|might) (?:also )?be interested in)",
            Pattern.UNICODE_CASE);
    /** Longer than this, a line's key is not a lead-in alone. */
    private static final int MAX_LEAD_IN_ALONE = 45;

    private Boilerplate() {
    }

    /** Words that, in a short line, announce a comment thread ("Top rated comments", "Kommentare (12)"). */
    private static final LowerCaseWords COMMENT_WORDS = LowerCaseWords.of(Vocabulary.of("comment", "comments", "commentaire", "commentaires",
            "kommentar", "kommentare", "comentario", "comentarios", "commento", "commenti", "comentário", "comentários",
            "réactions", "replies", "responses",
            // plurals only in the Slavic languages and Greek: "Komentarz" alone may head an opinion piece
            "комментарии", "комментариев", "коментарі", "коментарів", "коментари", "коментара", "komentarze",
            "komentarzy", "komentari", "komentara", "komentare", "komentarji", "komentarjev", "komentáře", "komentářů",
            "komentáre", "komentárov", "σχόλια", "σχολια", "reacties"));

    /**
     * The verb that makes a line about the comments a sentence ("Replies are late"), not their heading. Not "was",
     * German's "what" ("Kommentare – was meinen Sie?" heads a thread).
     */
    private static final LowerCaseWords COPULAS = LowerCaseWords.of(Vocabulary.of("is", "are", "were"));

    /** Words of legal and site-service small print; three in a block, or two in a short one, make it small print, not article. */
    static final Set<String> SMALL_PRINT = Vocabulary.of("copyright", "©", "rights", "reserved", "privacy",
            "cookie", "cookies", "trademark", "trademarks", "registered", "disclaimer", "website", "affiliate",
            "advertising", "advertisers", "newsletter", "unsubscribe", "droits", "réservés", "confidentialité",
            "mentions", "légales", "datenschutz", "impressum", "rechte", "vorbehalten", "derechos", "reservados",
            "privacidad", "diritti", "riservati", "direitos", "privacidade", "webseite", "sitio", "site", "terms",
            "права", "защищены", "prawa", "zastrzeżone", "δικαιώματος", "δικαιώματα",
            "перепечатка", "конфиденциальности", "захищені", "передрук", "конфіденційності", "przedruk",
            "prywatności", "vyhrazena", "αναδημοσίευση", "απορρήτου", "voorbehouden", "privacybeleid",
            "policy", "cgu", "cgv");
    /**
     * Of {@link #SMALL_PRINT}, the words of legal notices alone; the others (rights, site, advertising, trademark...)
     * are also said in stories about rights, sites and advertising.
     */
    private static final Set<String> LEGAL = Vocabulary.of("copyright", "reserved", "disclaimer", "unsubscribe",
            "réservés", "légales", "impressum", "vorbehalten", "reservados", "riservati", "защищены", "zastrzeżone",
            "перепечатка", "захищені", "передрук", "przedruk", "vyhrazena", "αναδημοσίευση", "voorbehouden",
            "cgu", "cgv");

    /** Longer than this, a block is never chrome by its vocabulary alone. */
    public static final int MAX_CHROME_CHARS = 200;

    /** True when {@code line} opens what follows an article: comments, "most read", related articles. */
    public static boolean endsArticle(String line) {
        return endsArticle(line, key(line));
    }

    /** {@link #endsArticle} with the line's {@link #key} already made. */
    public static boolean endsArticle(String line, String key) {
        if (isCommentThread(key)) return true; // its quoted title may be long
        if (key.length() > 90) return false;
        if (END_OF_ARTICLE.matches(key)) return true;
        // A comment word in a short line heads a comment thread ("Top comments", "Kommentare (12)"), but a short
        // sentence that ends with a full stop is the article's own ("The company declined to comment.").
        if (line.stripTrailing().endsWith(".")) return false;
        return namesCommentsInFewWords(key);
    }

    /**
     * True when {@code key} has five words at most, one of them a {@link #COMMENT_WORDS} word, read where it stands,
     * and no verb right after it: a heading names the comments ("Top comments", "2 responses"), where a line saying
     * they are something is a sentence (a table's cell, "Replies are late"); "Comments are closed" is {@link
     * #END_OF_ARTICLE}'s.
     */
    private static boolean namesCommentsInFewWords(String key) {
        int[] words = {0};
        boolean[] named = {false};
        boolean[] said = {false};
        int[] comment = {-1};
        Words.eachWord(key, key.length(), (from, to) -> {
            said[0] |= comment[0] >= 0 && comment[0] == words[0] - 1 && COPULAS.contains(key, from, to);
            if (COMMENT_WORDS.contains(key, from, to)) {
                named[0] = true;
                comment[0] = words[0];
            }
            return ++words[0] <= 5;
        });
        return words[0] <= 5 && named[0] && !said[0];
    }

    /**
     * True when the short line reduced to {@code key} heads a box under or inside a story: other articles
     * ({@link #WIDGET_HEADINGS}) or the author's profile.
     */
    public static boolean headsWidget(String key) {
        return headsOtherArticles(key) || headsAuthorProfile(key);
    }

    /** True when the short line reduced to {@code key} heads a box of other articles ({@link #WIDGET_HEADINGS}). */
    public static boolean headsOtherArticles(String key) {
        return key.length() <= 90 && WIDGET_HEADINGS.matches(key);
    }

    /** True when the short line reduced to {@code key} heads the author's profile ({@link #AUTHOR_PROFILE_HEADINGS}). */
    public static boolean headsAuthorProfile(String key) {
        return key.length() <= 90 && AUTHOR_PROFILE_HEADINGS.matches(key);
    }

    /** True when {@code line} heads a blog sidebar's list of latest posts or comments, or its feeds ({@link #SIDEBAR_HEADINGS}). */
    public static boolean headsSidebar(String line) {
        return line.length() <= MAX_CHROME_CHARS && SIDEBAR_HEADINGS.matches(key(line));
    }

    /** True when {@code line} heads a thread of readers' comments ({@link #COMMENT_THREAD}). */
    public static boolean opensCommentThread(String line) {
        return line.length() <= MAX_CHROME_CHARS && isCommentThread(key(line));
    }

    /**
     * True when {@code key} is a comment thread's header ({@link #COMMENT_THREAD}); a quote mark is looked for first,
     * each by the string's own search (a loop over the key's characters asking for each of them cost more).
     */
    private static boolean isCommentThread(String key) {
        for (int q = 0; q < TITLE_QUOTES.length(); q++) {
            if (key.indexOf(TITLE_QUOTES.charAt(q)) >= 0) return COMMENT_THREAD.matches(key);
        }
        return false;
    }

    /** True when {@code line} is a bare comments heading ({@link #COMMENT_HEADING}): a thread's or a share bar's. */
    public static boolean isCommentsHeading(String line) {
        return line.length() <= MAX_CHROME_CHARS && COMMENT_HEADING.matches(key(line));
    }

    /**
     * True when the wall {@code line} is about readers' comments (a thread, a form, a count), not a widget of other
     * articles.
     */
    public static boolean isAboutComments(String line) {
        return COMMENT_STEMS.matcher(key(line)).find();
    }

    /** True when {@code line} belongs to a comment form alone ({@link #COMMENT_FORM}). */
    public static boolean isCommentForm(String line) {
        return line.length() <= MAX_CHROME_CHARS && COMMENT_FORM.matches(key(line));
    }

    /** True when {@code line} signs a reader's comment ({@link #COMMENT_SIGNATURE}). */
    public static boolean signsComment(String line) {
        return line.length() <= MAX_SIGNATURE_CHARS && line.indexOf(':') >= 0
                && COMMENT_SIGNATURE.matcher(Words.squash(line)).matches();
    }

    /** True when {@code text} reads as legal or site-service small print (copyright, privacy, cookies, terms). */
    public static boolean isSmallPrint(List<String> words, String text, boolean strict) {
        if (text.length() > SmallPrint.MAX_CHARS) return false;
        SmallPrint tally = new SmallPrint(text);
        for (String w : words) tally.add(w);
        return tally.verdict(words.size(), strict);
    }

    /**
     * {@link #isSmallPrint} fed one lower-cased word at a time, so that a caller reading a block's words for other
     * reasons too tallies them in the same pass.
     */
    public static final class SmallPrint {
        /** Longer blocks are never small print. */
        public static final int MAX_CHARS = 1_200;

        private String first;
        private String second;
        private boolean third;
        private boolean legal;

        /** A tally for the words of {@code text}. */
        public SmallPrint(String text) {
            first = text.indexOf('©') >= 0 ? "copyright" : null;
            legal = first != null;
        }

        public void add(String w) {
            if (third || !SMALL_PRINT.contains(w) || w.equals(first) || w.equals(second)) return;
            legal |= LEGAL.contains(w);
            if (first == null) {
                first = w;
            } else if (second == null) {
                second = w;
            } else {
                third = true; // a third distinct word
            }
        }

        /**
         * The verdict on a block of {@code words} words: three small-print words, or two in a short block; not
         * {@code strict} (a dump), two in any block when one is a legal notice's own word.
         */
        public boolean verdict(int words, boolean strict) {
            return third || second != null && (words <= 40 || !strict && legal);
        }
    }

    /** True when {@code line} is page chrome in any of the known languages. */
    public static boolean isNoise(String line) {
        return isNoiseKey(key(line)) || isCapitalAdLabel(line);
    }

    /**
     * True when {@code line} is "ADVERTISING" in capitals, as ad networks print it over a player set between a
     * story's paragraphs. The word in ordinary case is kept: it is as often a heading of a story about brands (and
     * so is a heading in capitals, which the block scorer keeps).
     */
    public static boolean isCapitalAdLabel(String line) {
        return line.strip().equals("ADVERTISING");
    }

    /** {@link #isNoise} on a line already reduced by {@link #key}. */
    public static boolean isNoiseKey(String s) {
        if (s.isEmpty()) return true;
        if (s.length() > MAX_INSIDE_CHARS) return false;
        return NOISE.matches(s) || NOISE_INSIDE.find(s) || isAgencyCredit(s)
                || isLeadInAlone(s) || Breadcrumbs.isTrail(s);
    }

    /** True when the short line reduced to {@code key} is a lead-in alone ("Read also", "Lesetipp"): a box's label. */
    public static boolean isLeadInAlone(String key) {
        return key.length() <= MAX_LEAD_IN_ALONE && LEAD_IN_ALONE.matcher(key).matches();
    }

    /**
     * Whether the key {@code s} is a credit line that ends with an agency, a news or a picture agency, maybe with
     * the partner it came through: "Jane Doe | AFP", "Photo: Reuters", "Источник: ТАСС", "AFP via Getty Images".
     */
    private static boolean isAgencyCredit(String s) {
        if (endsWithAgency(s)) return true;
        int via = s.lastIndexOf(" via ");
        return via > 0 && s.length() - via - " via ".length() <= MAX_VIA && endsWithAgency(s.substring(0, via));
    }

    private static boolean endsWithAgency(String credit) {
        return WireCredit.creditsAgency(credit, MAX_CREDIT_LEAD)
                || WireCredit.credits(credit, PICTURE_AGENCIES, MAX_CREDIT_LEAD);
    }

    /** The teaser's headline when {@code line} is a "Read also: headline" line, else null. */
    public static String teaserHeadline(String line) {
        if (!hasTeaserMark(line)) return null; // most lines: no squashed copy, no regex
        var m = TEASER_PREFIX.matcher(Words.squash(line));
        return m.matches() && m.group(1).length() > 3 ? m.group(1).strip() : null;
    }

    /**
     * True when one of the marks that end {@link #TEASER_PREFIX}'s lead-in comes early enough in {@code line} to end
     * one: after no more visible characters than the longest lead-in has.
     */
    private static boolean hasTeaserMark(String line) {
        int visible = 0;
        for (int i = 0, n = line.length(); i < n; i++) {
            char c = line.charAt(i);
            switch (c) {
                case ':', '：', '>', '»', '|', '-' -> {
                    return true;
                }
                default -> { }
            }
            if (!Words.isBlank(c) && ++visible > MAX_LEAD_IN) return false;
        }
        return false;
    }

    /**
     * Lower case, squashed, trailing punctuation and arrows off (the full-width colon and brackets of Chinese pages
     * too: "分享到：", "【评论】"): the form the patterns match.
     */
    public static String key(String line) {
        String s = Words.squash(line).toLowerCase(Locale.ROOT);
        s = s.replace('\u2019', '\'');
        int end = s.length();
        while (end > 0 && ":.!…»›>|-–—→↑*])：】".indexOf(s.charAt(end - 1)) >= 0 || end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        int start = 0;
        while (start < end && "«‹<|-–—←↑*•·#[(【".indexOf(s.charAt(start)) >= 0 || start < end && s.charAt(start) == ' ') {
            start++;
        }
        return s.substring(start, end);
    }

    /** True when {@code line} is only the label over an ad ("Anzeige", "Advertisement"). */
    public static boolean isAdLabel(String line) {
        return line.length() <= MAX_CHROME_CHARS && AD_LABEL.matches(key(line)) || isCapitalAdLabel(line);
    }

    private static List<String> withAdLabels(List<String> alternatives) {
        List<String> all = new ArrayList<>(AD_LABELS);
        all.addAll(alternatives);
        return all;
    }

    private static Phrases compile(List<String> alternatives) {
        return Phrases.of(alternatives);
    }

    private static Phrases compile(List<String> shared, List<String> own) {
        List<String> all = new ArrayList<>(shared);
        all.addAll(own);
        return Phrases.of(all);
    }
}
