package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An article goes on past a "Related articles" box set inside it, and only when its story does. */
class InlineWidgetsTest {

    private static final String HEAD = """
            Third case of plague confirmed as health officials trace contacts

            Health officials have confirmed a third case of plague in the region, after two people caught the \
            disease in the capital earlier this month, and have traced the contacts of the patient.

            The patient, a farmer, was quarantined after the diagnosis along with the people he had met.

            """;
    private static final String REST = """

            The health officials said the plague case was isolated and unrelated to the two cases in the capital, \
            and that none of the patient's contacts showed any sign of the disease.

            Plague can be treated with antibiotics when the patient is diagnosed early, the officials said.
            """;

    /** A box of two headlines only, under its heading. */
    private static final String BOX = "Related articles\n\nFlu season starts early this year\n\n"
            + "Hospitals prepare for a busy winter\n";
    /** Another story under the box: its headline and two paragraphs that share no words with the article. */
    private static final String OTHER_STORY = "Related articles\n\nLocal team wins the cup\n\n"
            + "The local football team won the cup on Sunday evening after a long and tense match against the "
            + "champions of last season.\n\nThe coach thanked the fans who had travelled across the country to "
            + "watch the final in the rain.\n";

    @Test
    void theStoryGoesOnPastARelatedArticlesBox() {
        assertGoesOnPastTheBox(DumpBody.of(HEAD + BOX + REST));
    }

    @Test
    void theStoryGoesOnPastABoxSetUnderALineOfTheSitesChrome() {
        assertGoesOnPastTheBox(DumpBody.of(HEAD + "Advertisement\n\n" + BOX + "\nAdvertisement\n" + REST));
    }

    @Test
    void theStoryGoesOnPastABoxWhoseTeaserIsCutShort() {
        assertGoesOnPastTheBox(DumpBody.of(HEAD + "Related articles\n\nFlu season starts early this year as "
                + "hospitals across the country prepare for a busy winter and doctors call on pati...\n\n"
                + "Hospitals prepare for a busy winter\n" + REST));
    }

    @Test
    void theStoryGoesOnPastABoxUnderATeaserLineAndACaption() {
        assertGoesOnPastTheBox(DumpBody.of(HEAD + "READ MORE: Flu season starts early this year\n\n"
                + "A farmer in his field (Image: Photo agency)\n\n" + BOX + REST));
    }

    private static void assertGoesOnPastTheBox(String body) {
        assertTrue(body.contains("isolated and unrelated"), body);
        assertTrue(body.contains("treated with antibiotics"), body);
        assertFalse(body.contains("Flu season"), body);
    }

    @Test
    void otherStoriesUnderABoxSetUnderALineOfTheSitesChromeAreNotTheArticle() {
        String body = DumpBody.of(HEAD + "Advertisement\n\n" + OTHER_STORY);
        assertTrue(body.contains("quarantined"), body);
        assertFalse(body.contains("football"), body);
    }

    @Test
    void theStoryAboveARelatedNewsBoxIsTakenWhenItsLongerRestWasChosen() {
        String rest = """

                The health officials said the plague case was isolated and unrelated to the two cases in the \
                capital, and that none of the contacts of the patient showed any sign of the disease so far.

                Plague can be treated with antibiotics when the patient is diagnosed early, the health officials \
                said, and the farmer was given antibiotics on the day the disease was confirmed by the laboratory.

                The officials asked the people of the region to report dead rodents, which carry the fleas that \
                spread the plague, and to keep their dogs and cats away from burrows in the fields and the hills.

                The region has seen a few cases of plague in most years, the officials said, nearly all of them in \
                farmers and hunters who had handled wild animals, and none of them had spread to another patient.

                Hunters were told to wear gloves when they skin wild animals, and to cook the meat well, since the \
                plague can pass to humans through the blood of an infected animal as well as through fleas.
                """;
        String body = DumpBody.of(HEAD + "Close\n\nRelated news\n\nFlu season starts early this year\n\n"
                + "Hospitals prepare for a busy winter\n" + rest);
        assertTrue(body.contains("a third case of plague"), body);
        assertTrue(body.contains("report dead rodents"), body);
        assertFalse(body.contains("Flu season"), body);
    }

    @Test
    void theStoryGoesOnPastTheBoxWhenAnEmbeddedPostFollowsItsFirstParagraph() {
        String story = """

                The health officials said the plague case was isolated and unrelated to the two cases in the capital.

                Health office (@healthoffice) May 2, 2019

                The farmer was given antibiotics on the day the laboratory confirmed the plague, and he is recovering.

                The officials asked the people of the region to report dead rodents, which carry the plague's fleas.
                """;
        String body = DumpBody.of(HEAD + "Related articles\n\nFlu season starts early this year\n" + story);
        assertTrue(body.contains("isolated and unrelated") && body.contains("report dead rodents")
                && !body.contains("Flu season"), body);
    }

    @Test
    void teasersWithBlurbsAfterTheBoxAreNotTheArticle() {
        String body = DumpBody.of(HEAD + "Related articles\n\nThe plague in history\n\nThe plague killed a third "
                + "of the people of the region in the Middle Ages, when nobody knew fleas carried it.\n\n"
                + "Rodents in the fields\n\nThe rodents of the region carry fleas, and the plague with them, "
                + "health officials say.\n\nFarmers and their dogs\n");
        assertFalse(body.contains("Middle Ages") || body.contains("Rodents in the fields"), body);
    }

    @Test
    void teasersOfOtherStoriesAfterTheBoxAreNotTheArticle() {
        String body = DumpBody.of(HEAD + OTHER_STORY);
        assertFalse(body.contains("football"), body);
    }

    @Test
    void aSubheadingThatNamesCommentsIsNoCommentThread() {
        String body = DumpBody.of(HEAD + "Comments of the health officials\n" + REST);
        assertTrue(body.contains("isolated and unrelated"), body);
    }

    @Test
    void aRussianSubheadingThatNamesCommentsIsNoCommentThread() {
        String body = DumpBody.of("""
                Цены на жильё в Москве выросли на десять процентов

                Цены на жильё в Москве за год выросли на десять процентов, сообщили в городском управлении \
                статистики в понедельник.

                Больше всего подорожали квартиры в новых домах на окраинах города, где спрос на жильё растёт \
                быстрее предложения.

                Комментарии экспертов

                Эксперты считают, что рост цен на жильё в Москве продолжится и в следующем году, если ставки по \
                ипотеке не изменятся.

                По словам экспертов, покупатели квартир в новых домах всё чаще берут ипотеку на двадцать лет.
                """);
        assertTrue(body.contains("рост цен на жильё"), body);
        assertTrue(body.contains("ипотеку на двадцать лет"), body);
    }

    @Test
    void aCommentThreadNeverContinuesTheStory() {
        String body = DumpBody.of(HEAD + "Comments\n\nJane Doe\n" + REST);
        assertFalse(body.contains("isolated and unrelated"), body);
    }

    @Test
    void headlinesOnTheStorysSubjectUnderTheBoxDoNotResumeIt() {
        String dump = """
                市立図書館、来春から夜九時まで開館へ

                市は十日、市立図書館の開館時間を来年四月から午後九時まで延長すると発表した。仕事帰りの市民からの要望を受けたもので、平日の利用者は一割ほど増える見込みだという。

                市立図書館の開館時間の延長に合わせて、市は閲覧室の照明を改修し、夜間の警備員も一人増やす。改修費は約二千万円で、来年度の予算案に盛り込む。

                市によると、延長に伴う人件費は年間およそ千五百万円。図書館の職員を三人増やすほか、夜間は地域のボランティアにも貸し出しの受付を手伝ってもらう。

                【関連記事】

                隣の市立図書館、開館時間の延長を検討へ、仕事帰りの利用者の要望を受けて市が調査

                県立図書館、閲覧室の改修で来月から一時休館、貸し出しは市立図書館の窓口で受付

                市の来年度予算案、図書館の改修費など約二千万円を計上、夜間の警備も強化する方針

                アクセスランキング
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.contains("夜間の警備員も一人増やす"), body);
        assertFalse(body.contains("隣の市立図書館"), body);
    }
}
