package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsdesk.parse.Draft;
import dev.newsdesk.parse.extract.BlockScorer.Verdict;
import dev.newsdesk.parse.extract.Candidate;
import dev.newsdesk.parse.extract.MainRegion;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dumps of news pages in scripts without capital letters and with stops of their own (Arabic's ؟, Devanagari's
 * danda ।): the article is kept, the menu, share line, related links and legal notice around it are left, and the
 * headline and its section are read.
 */
class CaselessScriptDumpsTest {

    private static final String ARABIC = """
            الرئيسية
            أخبار
            رياضة
            اقتصاد
            ثقافة
            اتصل بنا

            ثقافة

            افتتاح مكتبة جديدة في وسط المدينة

            الثلاثاء 12 مارس 2024

            افتتحت البلدية يوم الثلاثاء مكتبة عامة جديدة في وسط المدينة، بعد أعمال ترميم استمرت عامين كاملين. \
            وتضم المكتبة قاعة كبيرة للمطالعة وجناحا خاصا بالأطفال.

            وقال مدير المكتبة إن المبنى القديم لم يعد يتسع للزوار، وإن القاعة الجديدة تتسع لضعف عدد القراء. \
            وأضاف أن المكتبة ستفتح أبوابها كل يوم من التاسعة صباحا حتى الثامنة مساء.

            وقد اصطف عدد من السكان أمام الباب منذ الصباح الباكر. وقالت معلمة متقاعدة إنها كانت تزور المكتبة في \
            شبابها، وإنها سعيدة بعودة مكان هادئ للقراءة في الحي. فهل ستجذب المكتبة الشباب أيضا؟

            شارك هذا المقال: فيسبوك تويتر واتساب

            اقرأ أيضا
            ارتفاع أسعار الخضر في الأسواق المحلية
            فريق المدينة يفوز بالكأس للمرة الثالثة
            مهرجان الموسيقى يعود في الصيف المقبل

            جميع الحقوق محفوظة © 2024 صحيفة المدينة
            سياسة الخصوصية | شروط الاستخدام
            """;

    private static final String HINDI = """
            होम
            देश
            विदेश
            खेल
            मनोरंजन
            संपर्क करें

            शिक्षा

            शहर में नया पुस्तकालय खुला

            मंगलवार, 12 मार्च 2024

            नगर निगम ने मंगलवार को शहर के बीच में एक नया सार्वजनिक पुस्तकालय खोला। इसकी मरम्मत का काम पूरे दो साल \
            तक चला। पुस्तकालय में पढ़ने के लिए एक बड़ा कमरा और बच्चों के लिए अलग हिस्सा है।

            पुस्तकालय के निदेशक ने बताया कि पुरानी इमारत में पाठकों के लिए जगह नहीं बची थी और नया कमरा पहले से \
            दोगुना बड़ा है। उन्होंने कहा कि पुस्तकालय हर दिन सुबह नौ बजे से रात आठ बजे तक खुला रहेगा।

            पहले दिन सुबह से ही कई लोग दरवाज़े पर कतार में खड़े थे। एक सेवानिवृत्त शिक्षिका ने कहा कि वह अपनी \
            जवानी में यहाँ किताबें पढ़ने आती थीं और अब मोहल्ले में फिर से पढ़ने की एक शांत जगह मिल गई है। क्या युवा \
            भी यहाँ आएँगे?

            इस खबर को शेयर करें: फेसबुक ट्विटर व्हाट्सऐप

            ये भी पढ़ें
            बाज़ार में सब्ज़ियों के दाम बढ़े
            शहर की टीम ने तीसरी बार कप जीता
            संगीत महोत्सव अगली गर्मियों में लौटेगा

            सर्वाधिकार सुरक्षित © 2024 नगर समाचार
            गोपनीयता नीति | उपयोग की शर्तें
            """;

    @Test
    void readsTheHeadlineAndTheSectionAboveIt() {
        Draft arabic = TextDumpReader.read(ARABIC);
        assertEquals("افتتاح مكتبة جديدة في وسط المدينة", arabic.title());
        assertEquals("ثقافة", arabic.section());
        Draft hindi = TextDumpReader.read(HINDI);
        assertEquals("शहर में नया पुस्तकालय खुला", hindi.title());
        assertEquals("शिक्षा", hindi.section());
    }

    @Test
    void aLineClosingOnADandaIsASentenceAndNoHeadline() {
        List<Candidate> blocks = List.of(paragraph("नई शुरुआत"), paragraph("पुस्तकालय हर दिन सुबह नौ बजे खुला रहेगा।"),
                paragraph(HINDI.substring(HINDI.indexOf("नगर निगम"), HINDI.indexOf("पहले दिन"))));
        List<Verdict> verdicts = List.of(Verdict.SHORT, Verdict.SHORT, Verdict.PROSE);
        assertEquals("नई शुरुआत", TitleFinder.find(blocks, verdicts, new MainRegion.Range(2, 3)).title());
    }

    private static Candidate paragraph(String text) {
        return new Candidate(text, Candidate.Kind.PARAGRAPH, 0, false);
    }

    @Test
    void keepsAnArabicArticleAndLeavesItsChrome() {
        assertKeepsAndLeaves(ARABIC, List.of("جناحا خاصا بالأطفال", "حتى الثامنة مساء", "الشباب أيضا؟"),
                List.of("اتصل بنا", "فيسبوك", "فريق المدينة يفوز", "جميع الحقوق محفوظة"));
    }

    @Test
    void keepsAHindiArticleAndLeavesItsChrome() {
        assertKeepsAndLeaves(HINDI, List.of("अलग हिस्सा है।", "खुला रहेगा।", "यहाँ आएँगे?"),
                List.of("संपर्क करें", "फेसबुक", "तीसरी बार कप जीता", "सर्वाधिकार सुरक्षित"));
    }

    @Test
    void leavesALongListOfHeadlinesRunTogetherInALanguageWithoutFunctionWords() {
        String longerList = HINDI.replace("संगीत महोत्सव अगली गर्मियों में लौटेगा", """
                संगीत महोत्सव अगली गर्मियों में फिर से लौटेगा
                नगर निगम ने नई बसों के लिए नया बजट पास किया
                स्कूलों में गर्मी की छुट्टियाँ इस साल जल्दी शुरू होंगी""");
        assertKeepsAndLeaves(longerList, List.of("अलग हिस्सा है।", "यहाँ आएँगे?"),
                List.of("तीसरी बार कप जीता", "नया बजट पास किया"));
    }

    private static void assertKeepsAndLeaves(String dump, List<String> article, List<String> chrome) {
        String body = DumpBody.of(dump);
        for (String kept : article) assertTrue(body.contains(kept), kept + " in " + body);
        for (String left : chrome) assertFalse(body.contains(left), left + " in " + body);
    }
}
