package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A comment thread longer than the story is still not the story, nor a sidebar under a comment form; a comment count
 * above it cuts nothing.
 */
class CommentThreadsTest {

    private static final String STORY = """
            Town council approves a new bridge over the river

            The town council approved the plans for a new bridge over the river on Tuesday evening, after a debate \
            that lasted most of the afternoon and a vote of seven to two.

            The bridge will cost four million and should open to traffic in two years, the mayor said after the \
            vote, thanking the residents who had come to the meeting.

            """;

    private static String comment(String name, String words) {
        return name + "\n\n" + words + "\n\nLike\n\nReply\n\n";
    }

    private static final String THREAD = "Comments\n\n"
            + comment("Jane", "I have lived in this town for thirty years and I have never seen the council spend "
                    + "money so carelessly, while the roads on the east side are full of holes and the school "
                    + "still waits for its new roof, which was promised to us three elections ago. Nobody asked "
                    + "us what we needed, and nobody will ask us when the bill arrives and the taxes go up again.")
            + comment("Mark", "Finally a decision that looks to the future. The old ferry was slow and expensive, "
                    + "and the families on the other bank have waited long enough for a proper way to reach the "
                    + "shops, the clinic and their jobs in the centre without losing an hour every day. I hope "
                    + "the works start this summer and that the contractor keeps to the dates for once.")
            + comment("Lucy", "Does anyone know whether the bridge will have a lane for bicycles? My children ride "
                    + "to school every morning and the main road is dangerous, so a safe crossing would change a "
                    + "lot for us and for many other families who live near the water and have no car at all. "
                    + "I wrote to the mayor last spring but never got an answer.")
            + comment("Tom", "The engineers who studied the river bed said years ago that the soil on the north "
                    + "bank is soft, which is why the first project was dropped. I would like to read their new "
                    + "report before I believe the price, because works on soft ground always cost twice what "
                    + "was planned, and then the town borrows to finish them.")
            + comment("Anna", "My grandfather crossed on that ferry every day of his working life and he loved it. "
                    + "I understand that times change, but I hope the town keeps the old landing and the boat as "
                    + "a museum, so that our children know how people lived here before the cars took over the "
                    + "valley and the quiet evenings by the water were gone.");

    @Test
    void aLongerCommentThreadBelowTheStoryIsNotTheArticle() {
        String body = DumpBody.of(STORY + THREAD);
        assertTrue(body.contains("four million"), body);
        assertFalse(body.contains("thirty years"), body);
        assertFalse(body.contains("bicycles"), body);
    }

    @Test
    void aCommentCountAboveTheStoryCutsNothing() {
        String body = DumpBody.of("Town news\n\nThe ferry timetable changes in May.\n\n12 comments\n\n" + STORY);
        assertTrue(body.contains("seven to two"), body);
        assertTrue(body.contains("four million"), body);
    }

    private static final String[] OPINIONS = {
        "I have lived in this town for thirty years and I have never seen the council spend money so carelessly, "
                + "while the roads on the east side are full of holes.",
        "Finally a decision that looks to the future, since the old ferry was slow and expensive and the families "
                + "on the other bank have waited long enough.",
        "Does anyone know whether the bridge will have a lane for bicycles? My children ride to school every "
                + "morning and the main road is dangerous.",
        "The engineers who studied the river bed said years ago that the soil on the north bank is soft, which is "
                + "why the first project was dropped.",
        "My grandfather crossed on that ferry every day of his working life, and I hope the town keeps the old "
                + "landing and the boat as a museum."};

    /**
     * A thread several times the story's length under a bare heading, each comment signed with its writer's name,
     * no two alike: no line comes back as a thread's template does.
     */
    private static String unframedThread() {
        return unframedThread("Comments");
    }

    /** {@link #unframedThread()} under {@code heading}. */
    private static String unframedThread(String heading) {
        String[] first = {"Jane", "Mark", "Lucy", "Tom", "Anna"};
        String[] last = {"Porter", "Ellis", "Grant"};
        StringBuilder thread = new StringBuilder(heading + "\n\n");
        for (int k = 0; k < 15; k++) {
            thread.append(first[k % first.length]).append(' ').append(last[k / first.length]).append("\n\n")
                    .append(OPINIONS[k % OPINIONS.length]).append(' ')
                    .append(OPINIONS[(k + 1 + k / OPINIONS.length) % OPINIONS.length]).append("\n\n");
        }
        return thread.toString();
    }

    /**
     * The story's paragraphs with a few more, without the headline (under which a story wins anyway): a bare heading
     * heads a thread only under a story's worth of prose.
     */
    private static final String LONGER_STORY = STORY.substring(STORY.indexOf("The town council")) + """
            Work on the foundations should begin in the spring, once the river is low enough for the crews to reach \
            the piers of the old ferry landing, which the engineers want to reuse for the new structure.

            The opposition councillors, who voted against the plans, said the town should first have repaired the \
            roads on the east side and asked for a public inquiry into the cost of the project.

            The ferry will keep running until the bridge opens, and its crew will be offered jobs with the town's \
            transport service, the mayor added before the meeting closed late in the evening.

            """;

    @Test
    void aLongerThreadUnderABareCommentsHeadingIsNotTheArticle() {
        String body = DumpBody.of(LONGER_STORY + unframedThread());
        assertTrue(body.contains("four million"), body);
        assertFalse(body.contains("thirty years"), body);
        assertFalse(body.contains("bicycles"), body);
    }

    @Test
    void aThreadHeaderNamingThePostEndsTheArticleWithNoTemplateBelowIt() {
        // WordPress heads its thread "16 Responses to “Title”": the word names no comments, the count and title do.
        // Each comment is signed and dated differently, so no line comes back as a template; one reads as a story
        // under its own headline, which must not pass for the post.
        StringBuilder page = new StringBuilder(STORY.substring(STORY.indexOf("The town council")))
                .append("16 Responses to “Town council approves a new bridge over the river”\n\n")
                .append("Mark Ellis Says:\n\nComment #1 May 2nd, 2020 at 8:15 pm\n\n")
                .append("Who will pay for the bridge over the river\n\n")
                .append("Who will pay for the bridge is the question the council never answered: the river crossing "
                        + "will be paid by the residents of the east side, whose taxes rise next year.\n\n")
                .append("The engineers also warned that the soil of the north bank is soft, so the price will grow "
                        + "before the works end.\n\n");
        String[] names = {"Jane Porter", "Lucy Grant", "Tom Ellis", "Anna Porter"};
        for (int k = 0; k < 15; k++) {
            page.append(names[k % names.length]).append(" Says:\n\nComment #").append(k + 2).append(" May ")
                    .append(3 + k / 4).append("th, 2020 at ").append(k % 12 + 1).append(':').append(10 + k)
                    .append(" am\n\n").append(OPINIONS[k % OPINIONS.length]).append("\n\n");
        }
        String body = DumpBody.of(page.toString());
        assertTrue(body.contains("four million"), body);
        assertFalse(body.contains("Who will pay"), body);
        assertFalse(body.contains("thirty years"), body);
    }

    @Test
    void aSubheadingOnResponsesOrThoughtsWithoutACountAndTitleCutsNothing() {
        String body = DumpBody.of("""
                Three thoughts on the budget

                The finance committee published its draft budget on Monday, and the councillors have two weeks to \
                propose changes before the vote at the end of the month, the chairwoman said.

                The draft cuts the money for the libraries by a tenth and raises the fees for the swimming pool, \
                while the spending on roads stays where it was last year despite the floods.

                Responses to the crisis grew

                The opposition asked for more money for the roads on the east side, where the floods of the winter \
                left holes that the crews have not yet repaired, and for a public inquiry into the bridge.

                The mayor defended the cost of the new bridge and the school roof, and said the town would borrow \
                no more than it did last year, whatever the committee decides in the end.

                """);
        assertTrue(body.contains("draft budget"), body);
        assertTrue(body.contains("for a public inquiry"), body);
        assertTrue(body.contains("whatever the committee decides"), body);
    }

    @Test
    void aCommentsItemAboveTheStoryLeavesTheThreadBelowIt() {
        String body = DumpBody.of("Opinion\n\nComments\n\nLetters\n\n" + LONGER_STORY + unframedThread());
        assertTrue(body.contains("four million"), body);
        assertFalse(body.contains("thirty years"), body);
    }

    @Test
    void aCommentsButtonInAShareBarUnderTheLeadCutsNothing() {
        String body = DumpBody.of("""
                Town council approves a new bridge over the river

                The council voted on Tuesday for the bridge that the town has argued about for a decade, and the \
                works could start as soon as the summer.

                Facebook

                Twitter

                Comments

                Print

                Email

                """ + LONGER_STORY);
        assertTrue(body.contains("seven to two"), body);
        assertTrue(body.contains("four million"), body);
    }

    @Test
    void aSidebarUnderACommentFormIsNotTheShortPostAboveIt() {
        String body = DumpBody.of("""
                Starling flock over the marsh

                Saturday, 12 October

                Shot at dusk from the dyke, with the long lens stopped down, while the flock turned over the reeds \
                for twenty minutes before it settled for the night.

                Camera: old mirrorless body

                Lens: 300 mm

                Leave a comment

                Leave a Reply Cancel reply

                Name *

                Email *

                The Marsh Diaries

                The Marsh Diaries was a quarterly magazine for birdwatchers and naturalists, published by a small \
                association of volunteers who surveyed the wetlands of the coast every spring and autumn, and who \
                sent their counts to the national census of migrating birds for forty years.

                Books for beginners

                Our field guide for beginners explains how to tell the common waders apart, when to visit the marsh \
                and which binoculars are worth their price, with maps of the best hides along the coast.

                Order now

                Our atlas of the coast shows every marsh, dune and mudflat where the migrating geese rest in winter, \
                with the tides, the paths that stay dry at high water and the seasons when each hide is open to the \
                public.

                Order now

                """);
        assertTrue(body.contains("twenty minutes"), body);
        assertFalse(body.contains("quarterly magazine"), body);
        assertFalse(body.contains("field guide"), body);
    }

    private static final String[] REPLIES = {
        "我小时候每个周末都去那个图书馆，那里的老管理员总是帮我找书，还教我怎么查目录卡片。听说它重新开放，"
                + "真的特别高兴，下次回老家一定带孩子去看看新的阅览室，让他们也体会一下在图书馆里安静读书的感觉。",
        "希望新馆能延长开放时间，很多上班的人只有晚上和周末才有空，原来的图书馆下午五点就关门，根本来不及借书，"
                + "每次都只能匆匆忙忙地在门口转一圈就走了，真的很可惜。",
        "翻修花了两年，不知道一共用了多少钱？希望有关部门能把账目公开，让大家放心，也让以后的公共项目更加透明，"
                + "毕竟这些钱都是纳税人辛辛苦苦挣来的。",
        "写作课的主意很好，现在的孩子整天看手机，能有作家面对面地教他们写作文，比补习班有意思多了，"
                + "我已经帮我女儿报了名，她听说以后非常期待这个暑假。",
        "我去过一次，新的阅览室确实很漂亮，光线也好，就是座位还不够多，周末去的时候几乎找不到空位，"
                + "希望以后能再多摆一些桌椅，或者把楼上的空房间也开放出来。",
        "支持！一个小镇能有这样的图书馆不容易，希望大家都爱护里面的书和设施，不要在阅览室里大声说话，"
                + "也不要把吃的喝的带进去，让这个安静的地方一直保持下去。"};

    /** A short Chinese post: its headline and first paragraph. */
    private static final String LIBRARY_POST = """
                小镇图书馆重新开放

                小镇的图书馆今年春天重新开放了。馆长说，这次翻修用了整整两年，新馆的阅览室比原来大了一倍，\
                孩子们可以在这里自由地看书和画画。

                """;

    @Test
    void repliesHeadedReAndThePostsTitleAreAThreadNotTheArticle() {
        // Each reply's header differs by its date and name; its shape, "# re: " and the post's title, does not.
        StringBuilder thread = new StringBuilder(LIBRARY_POST + """
                开放的第一天，不少老人一早就在门口排队。一位退休的老师告诉我们，他年轻时就常来这里借书，\
                现在终于又有了一个安静读书的地方。

                发表于 2023年4月1日 18:20 - (阅读:812;评论:6)

                评论

                """);
        String[] names = {"小林", "老王", "路人甲", "阿梅", "书虫", "张老师"};
        for (int k = 0; k < REPLIES.length; k++) {
            thread.append("# re: 小镇图书馆重新开放 2023-04-0").append(2 + k / 3).append(" 1").append(k)
                    .append(":0").append(k).append(' ').append(names[k]).append("\n\n").append(REPLIES[k])
                    .append("\n\n");
        }
        String body = DumpBody.of(thread.toString());
        assertTrue(body.contains("翻修用了整整两年"), body);
        assertFalse(body.contains("老管理员"), body);
        assertFalse(body.contains("写作课的主意很好"), body);
    }

    @Test
    void aChineseBlogsThreadHeaderWithThePostsTitleEndsTheArticle() {
        // WordPress in Chinese heads its thread "《Title》上有 N 条评论"; each comment signed "Name的评论" and a date.
        StringBuilder page = new StringBuilder(LIBRARY_POST + "《小镇图书馆重新开放》上有3条评论\n\n");
        String[] names = {"小林", "老王", "路人甲"};
        for (int k = 0; k < names.length; k++) {
            page.append(names[k]).append("的评论\n\n2023年4月").append(2 + k).append("日\n\n")
                    .append(REPLIES[k]).append(REPLIES[k + 3]).append("\n\n");
        }
        String body = DumpBody.of(page.toString());
        assertTrue(body.contains("翻修用了整整两年"), body);
        assertFalse(body.contains("老管理员"), body);
        assertFalse(body.contains("延长开放时间"), body);
    }
}
