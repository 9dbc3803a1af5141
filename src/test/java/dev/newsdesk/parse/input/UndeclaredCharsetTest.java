package dev.newsdesk.parse.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file saved in an older editor's code page, with nothing to declare it, reads as it was written: the same
 * invented news paragraph in 25 languages, saved in each code page its language was written in.
 */
class UndeclaredCharsetTest {

    private static final Map<String, String> PARAGRAPHS = Map.ofEntries(
            Map.entry("fr", "Le conseil municipal a voté mercredi un budget qui prévoit davantage de dépenses pour "
                    + "les écoles. Le maire a déclaré que la hausse des impôts était évitée grâce à des "
                    + "économies sur l’éclairage. Les élus de l’opposition ont critiqué un plan « trop "
                    + "optimiste » et réclament une étude indépendante."),
            Map.entry("de", "Der Stadtrat hat am Mittwoch einen Haushalt beschlossen, der höhere Ausgaben für "
                    + "Schulen vorsieht. Die Bürgermeisterin sagte, eine Erhöhung der Grundsteuer sei durch "
                    + "Einsparungen bei der Straßenbeleuchtung vermieden worden. Die Opposition kritisierte "
                    + "den Plan als „zu optimistisch“ und fordert ein unabhängiges Gutachten."),
            Map.entry("es", "El ayuntamiento aprobó el miércoles un presupuesto que prevé más gasto para las "
                    + "escuelas. La alcaldesa afirmó que la subida de impuestos se evitó gracias al ahorro en "
                    + "el alumbrado público. La oposición criticó un plan «demasiado optimista» y pidió un "
                    + "estudio independiente sobre la financiación."),
            Map.entry("pt", "A câmara municipal aprovou na quarta-feira um orçamento que prevê mais despesas com as "
                    + "escolas. A presidente afirmou que o aumento dos impostos foi evitado graças à poupança "
                    + "na iluminação pública. A oposição criticou um plano «demasiado otimista» e pediu um "
                    + "estudo independente."),
            Map.entry("it", "Il consiglio comunale ha approvato mercoledì un bilancio che prevede più spese per le "
                    + "scuole. Il sindaco ha detto che l’aumento delle tasse è stato evitato grazie ai "
                    + "risparmi sull’illuminazione pubblica. L’opposizione ha criticato un piano «troppo "
                    + "ottimista» e chiede uno studio indipendente."),
            Map.entry("pl", "Rada miasta w środę przyjęła budżet, który przewiduje większe wydatki na szkoły i "
                    + "komunikację miejską. Według prezydenta miasta podwyżki podatków udało się uniknąć "
                    + "dzięki oszczędnościom na oświetleniu ulic. Opozycja skrytykowała plan jako „zbyt "
                    + "optymistyczny” i żąda niezależnej ekspertyzy."),
            Map.entry("cs", "Městská rada ve středu schválila rozpočet, který počítá s vyššími výdaji na školy a "
                    + "městskou dopravu. Podle starosty se zvýšení daní podařilo odvrátit díky úsporám na "
                    + "pouličním osvětlení. Opozice plán označila za „příliš optimistický“ a žádá nezávislý "
                    + "posudek."),
            Map.entry("sk", "Mestské zastupiteľstvo v stredu schválilo rozpočet, ktorý počíta s vyššími výdavkami na "
                    + "školy. Podľa primátora sa zvýšeniu daní podarilo vyhnúť vďaka úsporám na pouličnom "
                    + "osvetlení. Opozícia plán označila za príliš optimistický a žiada nezávislý posudok."),
            Map.entry("hu", "A városi közgyűlés szerdán elfogadta a költségvetést, amely több pénzt szán az "
                    + "iskolákra és a tömegközlekedésre. A polgármester szerint az adóemelést a közvilágításon "
                    + "elért megtakarítással sikerült elkerülni. Az ellenzék túlságosan derűlátónak nevezte a "
                    + "tervet, és független szakértői véleményt kér."),
            Map.entry("hr", "Gradsko vijeće u srijedu je usvojilo proračun koji predviđa veće izdatke za škole i "
                    + "javni prijevoz. Prema riječima gradonačelnice, povećanje poreza izbjegnuto je "
                    + "zahvaljujući uštedama na javnoj rasvjeti. Oporba je plan ocijenila previše "
                    + "optimističnim i traži neovisnu analizu."),
            Map.entry("ro", "Consiliul local a aprobat miercuri un buget care prevede cheltuieli mai mari pentru "
                    + "școli și transportul public. Potrivit primarului, creșterea taxelor a fost evitată "
                    + "datorită economiilor făcute la iluminatul stradal. Opoziția a criticat planul ca fiind "
                    + "prea optimist și cere o analiză independentă."),
            Map.entry("tr", "Belediye meclisi çarşamba günü okullar ve toplu taşıma için daha fazla harcama öngören "
                    + "bütçeyi onayladı. Belediye başkanı, vergi artışının sokak aydınlatmasındaki tasarruflar "
                    + "sayesinde önlendiğini söyledi. Muhalefet planı fazla iyimser bulduğunu belirterek "
                    + "bağımsız bir inceleme istedi."),
            Map.entry("lt", "Miesto taryba trečiadienį patvirtino biudžetą, kuriame numatyta daugiau išlaidų "
                    + "mokykloms ir viešajam transportui. Pasak mero, mokesčių didinimo pavyko išvengti "
                    + "sutaupius gatvių apšvietimui. Opozicija planą pavadino pernelyg optimistišku ir "
                    + "reikalauja nepriklausomo vertinimo."),
            Map.entry("lv", "Pilsētas dome trešdien apstiprināja budžetu, kas paredz lielākus izdevumus skolām un "
                    + "sabiedriskajam transportam. Pēc mēra teiktā, nodokļu palielināšanu izdevās novērst, "
                    + "ietaupot uz ielu apgaismojumu. Opozīcija plānu nosauca par pārāk optimistisku un "
                    + "pieprasa neatkarīgu vērtējumu."),
            Map.entry("et", "Linnavolikogu kiitis kolmapäeval heaks eelarve, mis näeb ette suuremad kulutused "
                    + "koolidele ja ühistranspordile. Linnapea sõnul õnnestus maksutõusu vältida "
                    + "tänavavalgustuselt saadud säästu abil. Opositsioon nimetas kava liiga optimistlikuks ja "
                    + "nõuab sõltumatut hinnangut."),
            Map.entry("ru", "Городской совет в среду утвердил бюджет, который предусматривает увеличение расходов на "
                    + "школы и общественный транспорт. По словам мэра, повышения налогов удалось избежать "
                    + "благодаря экономии на уличном освещении. Оппозиция назвала план «слишком оптимистичным» "
                    + "и требует независимой экспертизы."),
            Map.entry("uk", "Міська рада в середу затвердила бюджет, який передбачає збільшення видатків на школи та "
                    + "громадський транспорт. За словами мера, підвищення податків вдалося уникнути завдяки "
                    + "економії на вуличному освітленні. Опозиція назвала план «надто оптимістичним» і вимагає "
                    + "незалежної експертизи."),
            Map.entry("bg", "Общинският съвет прие в сряда бюджет, който предвижда повече разходи за училищата и "
                    + "градския транспорт. Според кмета увеличението на данъците е избегнато благодарение на "
                    + "икономии от уличното осветление. Опозицията определи плана като прекалено оптимистичен "
                    + "и настоява за независима оценка."),
            Map.entry("sr", "Градско веће је у среду усвојило буџет који предвиђа веће издатке за школе и јавни "
                    + "превоз. Према речима градоначелника, повећање пореза избегнуто је захваљујући уштедама "
                    + "на јавној расвети. Опозиција је план оценила као превише оптимистичан и тражи независну "
                    + "анализу."),
            Map.entry("el", "Το δημοτικό συμβούλιο ενέκρινε την Τετάρτη τον προϋπολογισμό, ο οποίος προβλέπει "
                    + "περισσότερες δαπάνες για τα σχολεία και τις συγκοινωνίες. Σύμφωνα με τον δήμαρχο, η "
                    + "αύξηση των φόρων αποφεύχθηκε χάρη στις εξοικονομήσεις από τον δημοτικό φωτισμό. Η "
                    + "αντιπολίτευση χαρακτήρισε το σχέδιο υπερβολικά αισιόδοξο."),
            Map.entry("he", "מועצת העיר אישרה ביום רביעי תקציב הכולל הגדלה של ההוצאות על בתי הספר ועל התחבורה "
                    + "הציבורית. לדברי ראש העיר, העלאת המסים נמנעה בזכות חיסכון בתאורת הרחובות. האופוזיציה "
                    + "כינתה את התוכנית אופטימית מדי ודורשת בדיקה עצמאית."),
            Map.entry("ar", "وافق المجلس البلدي يوم الأربعاء على ميزانية تنص على زيادة الإنفاق على المدارس والنقل "
                    + "العام. وقال رئيس البلدية إن زيادة الضرائب تم تجنبها بفضل التوفير في إنارة الشوارع. "
                    + "ووصفت المعارضة الخطة بأنها متفائلة أكثر من اللازم وطالبت بدراسة مستقلة."),
            Map.entry("fa", "شورای شهر روز چهارشنبه بودجه‌ای را تصویب کرد که هزینه‌های بیشتری برای مدرسه‌ها و "
                    + "حمل‌ونقل عمومی پیش‌بینی می‌کند. به گفته شهردار، از افزایش مالیات با صرفه‌جویی در "
                    + "روشنایی خیابان‌ها جلوگیری شد. مخالفان این طرح را بیش از حد خوش‌بینانه خواندند."),
            Map.entry("th", "สภาเมืองอนุมัติงบประมาณเมื่อวันพุธ ซึ่งเพิ่มค่าใช้จ่ายสำหรับโรงเรียนและระบบขนส่งสาธารณะ "
                    + "นายกเทศมนตรีกล่าวว่าการขึ้นภาษีหลีกเลี่ยงได้ด้วยการประหยัดค่าไฟถนน "
                    + "ฝ่ายค้านวิจารณ์ว่าแผนนี้มองโลกในแง่ดีเกินไปและเรียกร้องให้มีการตรวจสอบอิสระ"),
            Map.entry("ja", "市議会は水曜日、学校と公共交通への支出を増やす予算案を可決した。市長によると、街灯の節約によって増税を避けることができたという。野党はこの計画を楽観的すぎると批判し、独立した調"
                    + "査を求めている。"),
            Map.entry("ko", "시의회는 수요일 학교와 대중교통 지출을 늘리는 예산안을 통과시켰다. 시장은 가로등 절약으로 세금 인상을 피할 수 있었다고 말했다. 야당은 이 계획이 지나치게 "
                    + "낙관적이라고 비판하며 독립적인 조사를 요구했다."));

    /** What an older code page lacks, written as its writers wrote it. */
    private static final Map<Character, Character> STAND_INS = Map.of('„', '"', '“', '"', '”', '"', '«', '"', '»', '"',
            'ș', 'ş', 'ț', 'ţ', 'ی', 'ي', '\u200C', ' ');

    static Stream<Arguments> savedFiles() {
        return Stream.of(
                Arguments.of("fr", "windows-1252"), Arguments.of("de", "windows-1252"), Arguments.of("es", "windows-1252"),
                Arguments.of("pt", "windows-1252"), Arguments.of("it", "windows-1252"), Arguments.of("pl", "windows-1250"),
                Arguments.of("pl", "ISO-8859-2"), Arguments.of("cs", "windows-1250"), Arguments.of("cs", "ISO-8859-2"),
                Arguments.of("sk", "windows-1250"), Arguments.of("sk", "ISO-8859-2"), Arguments.of("hu", "windows-1250"),
                Arguments.of("hu", "ISO-8859-2"), Arguments.of("hr", "windows-1250"), Arguments.of("hr", "ISO-8859-2"),
                Arguments.of("ro", "windows-1250"), Arguments.of("tr", "windows-1254"), Arguments.of("lt", "windows-1257"),
                Arguments.of("lv", "windows-1257"), Arguments.of("et", "windows-1257"), Arguments.of("ru", "windows-1251"),
                Arguments.of("ru", "KOI8-R"), Arguments.of("ru", "IBM866"), Arguments.of("uk", "windows-1251"),
                Arguments.of("uk", "KOI8-U"), Arguments.of("bg", "windows-1251"), Arguments.of("sr", "windows-1251"),
                Arguments.of("el", "windows-1253"), Arguments.of("el", "ISO-8859-7"), Arguments.of("he", "windows-1255"),
                Arguments.of("he", "ISO-8859-8"), Arguments.of("ar", "windows-1256"), Arguments.of("fa", "windows-1256"),
                Arguments.of("th", "x-windows-874"), Arguments.of("ja", "Shift_JIS"), Arguments.of("ja", "EUC-JP"),
                Arguments.of("ko", "EUC-KR"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("savedFiles")
    void readsAsWritten(String language, String codePage) throws Exception {
        Charset charset = Charset.forName(codePage);
        String text = inCodePage(PARAGRAPHS.get(language), charset);
        byte[] bytes = text.getBytes(charset);
        assertEquals(text, TextDecoder.decode(bytes, TextDecoder.detect(bytes)));
    }

    @Test
    void aWesternTextWithOneAccentedNameStaysWindows1252() throws Exception {
        // One word beyond ASCII: as Thai "Rh๔ne" (a Thai digit in a Latin word), as Hebrew "Rhפne".
        byte[] bytes = "Barges carried the grain down the Rhône to the coast, as they had for a century."
                .getBytes(SingleByteCharset.WINDOWS_1252);
        assertEquals(SingleByteCharset.WINDOWS_1252, TextDecoder.detect(bytes));
    }

    @Test
    void foreignNamesDoNotOutvoteTheTextsOwnLanguage() throws Exception {
        // Catalan with Spanish names: as Windows-1250, "català" reads "catalŕ", a word Slovak letters could spell.
        String catalan = "La professora de català, que va estudiar a la Universitat de València, explica perquè "
                + "la reforma de l'educació és necessària. Segons el catedràtic José Martínez, la formació "
                + "pedagògica dels mestres ha millorat molt, però encara falten recursos a les escoles rurals.";
        byte[] bytes = catalan.getBytes(SingleByteCharset.WINDOWS_1252);
        assertEquals(catalan, TextDecoder.decode(bytes, TextDecoder.detect(bytes)));
    }

    @Test
    void aPageIsToldByItsProseNotItsScripts() throws Exception {
        // A script's strings in Windows-1252 outnumber the prose's words; the prose, in Windows-1251, decides.
        String script = "<html><head><script>var labels = [" + "\"café\", \"crème\", \"déjà\", ".repeat(40)
                + "];</script></head><body><p>";
        Charset cyrillic = Charset.forName("windows-1251");
        byte[] head = script.getBytes(SingleByteCharset.WINDOWS_1252);
        byte[] body = (PARAGRAPHS.get("ru") + "</p></body></html>").getBytes(cyrillic);
        byte[] bytes = new byte[head.length + body.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(body, 0, bytes, head.length, body.length);
        assertEquals(cyrillic, TextDecoder.detect(bytes));
    }

    @Test
    void noBreakSpacesInNumbersKeepAWesternText() throws Exception {
        // IBM866 reads the no-break space of "12 500" and "4 %" as the letter "а": "12а500" is no word.
        String french = "Le budget atteint 12\u00A0500\u00A0000 euros, soit 4\u00A0% de plus qu'en 2023, et "
                + "35\u00A0000 élèves en profiteront selon la mairie.";
        byte[] bytes = french.getBytes(SingleByteCharset.WINDOWS_1252);
        assertEquals(french, TextDecoder.decode(bytes, TextDecoder.detect(bytes)));
    }

    @Test
    void turkishCapitalDottedIAndThaiAbbreviationsAreLettersOfTheirAlphabets() throws Exception {
        // "İ" lower-cases to an ASCII "i"; "ฯ" shortens Thai names ("กรุงเทพฯ").
        String turkish = "İstanbul'da İçişleri Bakanlığı yeni önlemleri açıkladı. İzmir ve İzmit'te de okullar iki "
                + "gün kapalı kalacak.";
        byte[] bytes = turkish.getBytes(Charset.forName("windows-1254"));
        assertEquals(turkish, TextDecoder.decode(bytes, TextDecoder.detect(bytes)));
        String thai = "สภากรุงเทพฯ อนุมัติงบประมาณเมื่อวันพุธ ผู้ว่าฯ กล่าวว่ากรุงเทพฯ จะเพิ่มค่าใช้จ่ายสำหรับโรงเรียน";
        bytes = thai.getBytes(Charset.forName("x-windows-874"));
        assertEquals(thai, TextDecoder.decode(bytes, TextDecoder.detect(bytes)));
    }

    @Test
    void aMarkupLeftOpenRunsToTheEnd() throws Exception {
        // An unclosed comment, script or tag does not hide the prose before it.
        String page = PARAGRAPHS.get("ru") + " <!-- " + "<b ".repeat(50);
        byte[] bytes = page.getBytes(Charset.forName("windows-1251"));
        assertEquals(Charset.forName("windows-1251"), TextDecoder.detect(bytes));
    }

    static Stream<Arguments> noticesInCapitals() {
        return Stream.of(Arguments.of("ru", "windows-1251"), Arguments.of("ru", "KOI8-R"), Arguments.of("uk", "KOI8-U"),
                Arguments.of("bg", "windows-1251"), Arguments.of("sr", "windows-1251"), Arguments.of("hr", "windows-1250"),
                Arguments.of("lv", "windows-1257"));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("noticesInCapitals")
    void aNoticeInCapitalsReadsAsWritten(String language, String codePage) throws Exception {
        // Windows-1251's capitals are KOI8's lower-case letters, and the reverse; in Windows-1252 a Croatian "Č" is
        // an "È": capitals are the text's style, no less plausible than the lower case another code page makes.
        String notice = PARAGRAPHS.get(language).toUpperCase(Locale.forLanguageTag(language));
        assertReadsAsWritten(inCodePage(notice, Charset.forName(codePage)), codePage);
    }

    @Test
    void aHeadlineInCapitalsReadsAsWritten() throws Exception {
        assertReadsAsWritten("ГОРОДСКОЙ СОВЕТ УТВЕРДИЛ БЮДЖЕТ НА СЛЕДУЮЩИЙ ГОД", "windows-1251");
        assertReadsAsWritten("ГОРОДСКОЙ СОВЕТ УТВЕРДИЛ БЮДЖЕТ НА СЛЕДУЮЩИЙ ГОД", "KOI8-R");
    }

    @Test
    void aWesternHeadlineInCapitalsIsToldByItsLanguage() throws Exception {
        // The language detector knows words as prose cases them: given capitals it names another language, whose
        // letters another code page's reading spells ("PRORAČUN" as Windows-1252's "PRORAÈUN").
        assertReadsAsWritten("GRADSKO VIJEĆE U SRIJEDU JE USVOJILO PRORAČUN KOJI", "windows-1250");
        assertReadsAsWritten("OPOZĪCIJA PLĀNU NOSAUCA PAR PĀRĀK OPTIMISTISKU UN PIEPRASA", "windows-1257");
    }

    @Test
    void hebrewDoesNotReadAsCyrillicCapitals() throws Exception {
        // Windows-1255's letters are KOI8's capitals, which score as words in a text in capitals. No Cyrillic word
        // starts with "Ь" or "Ы", or has one after a vowel: KOI8's readings of "ר" and "ש" ("עירוני" is "РИЬЕПИ").
        assertReadsAsWritten("בין הכפר ובין העיר היו גם סכסוכים על מים ועל שטחי מרעה.", "windows-1255");
        assertReadsAsWritten("ביוגרפיה לוי נולד בחיפה ב-1931 ולמד בבית ספר עירוני.", "windows-1255");
    }

    @Test
    void aTieGoesToTheReadingOfCommonerLetters() throws Exception {
        // Equally plausible words: Hebrew or KOI8 capitals, KOI8's lower case or Windows-1251's ("ПОБ" for "она").
        assertReadsAsWritten("הרכבת החדשה תתחיל לפעול בחודש הבא", "windows-1255");
        assertReadsAsWritten("она не пришла.", "KOI8-R");
    }

    @Test
    void aShortCyrillicLineIsNotReadAsHebrew() throws Exception {
        // Three lower-case words tie with their Hebrew reading; Hebrew writes "ך" and "ף" last in a word only.
        assertReadsAsWritten("кому мало дают.", "windows-1251");
    }

    static Stream<Arguments> shortEastAsianTexts() {
        return Stream.of(Arguments.of("市议会周三通过了新的预算。", "GBK"), Arguments.of("市長は増税を避けたと話した。", "Shift_JIS"),
                Arguments.of("市長は増税を避けたと話した。", "EUC-JP"), Arguments.of("시의회가 새 예산안을 통과시켰다.", "EUC-KR"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("shortEastAsianTexts")
    void aShortChineseJapaneseOrKoreanLineReadsAsWritten(String line, String codePage) throws Exception {
        // A dozen characters, under the forty a long text is judged by, but all of them the language's.
        assertReadsAsWritten(line, codePage);
    }

    @Test
    void aShortLineOfCapitalsIsNotReadAsChinese() throws Exception {
        // Windows-1251's capitals are GB18030's first bytes of common characters: a short line may read as a few.
        assertReadsAsWritten("ЕДЕН ГРАД ВО ПЕРИОДОТ ОД 1950-ТИ", "windows-1251");
    }

    @Test
    void aShortWesternOrCyrillicHeadlineInCapitalsIsNotReadAsChinese() throws Exception {
        // In GBK Windows-1254's "ÖĞ" is 中 and Windows-1251's "ОТ" 我: a short line of capitals reads as a few
        // common characters, but its own code page reads it wholly as words.
        assertReadsAsWritten("ŞAMPİYON ÇOCUKLAR DOĞAN ÖĞRETMENLERİNE SÜRPRİZ YAPTI", "windows-1254");
        assertReadsAsWritten("ГОДА МОСКВА ОТКРЫТИЕ", "windows-1251");
    }

    @Test
    void aShortChineseHeadlineIsNoSingleBytePagesWords() throws Exception {
        // read in any single-byte code page a Chinese headline is symbols and letters inside words, never words only
        assertReadsAsWritten("中国人民大会在北京召开会议", "GB18030");
        assertReadsAsWritten("這是我們的人民在台北的生活", "Big5-HKSCS");
    }

    @Test
    void aShortThaiLineEndingInVowelSignsStaysThai() throws Exception {
        // "รัฐมนตรี" ends in a vowel sign, which is part of the word, not punctuation after it
        assertReadsAsWritten("รัฐมนตรี รัฐมนตรี", "x-windows-874");
    }

    @Test
    void visualOrderHebrewReadsAsHebrew() throws Exception {
        // ISO-8859-8 in visual order stores each word reversed: its final forms stand first ("םולש" for "שלום")
        String visual = new StringBuilder("השלום הגיע לעם כולו מן הצפון ועד הדרום בזמן").reverse().toString();
        assertReadsAsWritten(visual, "windows-1255");
    }

    @Test
    void aShortAsciiLineWithStrayNulsIsNotUtf16() throws Exception {
        // read as UTF-16 ASCII is ideographs ("ab" is U+6261), and twenty may hold a common one ("(W" is 在)
        for (String text : new String[] {"v\0m (Worcester) t\0lk @ann @bob governors",
                "k\0c (Wimbledon) t\0lk @ann @bob teachers"}) {
            assertEquals(StandardCharsets.UTF_8, TextDecoder.detect(text.getBytes(StandardCharsets.US_ASCII)));
        }
    }

    /** {@code text} saved in {@code codePage}, with nothing to declare it, reads back as written. */
    private static void assertReadsAsWritten(String text, String codePage) throws Exception {
        byte[] bytes = text.getBytes(Charset.forName(codePage));
        assertEquals(text, TextDecoder.decode(bytes, TextDecoder.detect(bytes)), codePage);
    }

    private static String inCodePage(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder s = new StringBuilder();
        for (char c : text.toCharArray()) s.append(encoder.canEncode(c) ? c : STAND_INS.getOrDefault(c, c));
        return s.toString();
    }
}
