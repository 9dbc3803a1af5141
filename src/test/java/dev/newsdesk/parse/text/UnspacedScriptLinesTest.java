package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsdesk.parse.Draft;
import org.junit.jupiter.api.Test;

/**
 * A story in Thai or Lao, which mark no sentence's end and put no space between words, keeps its opening paragraphs
 * of one sentence (one unbroken line, shaped as a headline is) under its headline and dateline. Its headline, other
 * stories' headlines, a footer, readers' comments and a site's tagline stay out.
 */
class UnspacedScriptLinesTest {

    private static final String THAI_OPENING = "ฝนที่ตกหนักต่อเนื่องมาตลอดสามวันทำให้ระดับน้ำในแม่น้ำสูงขึ้นอย่างรวดเร็ว"
            + " เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยประกาศเตือนให้ประชาชนในพื้นที่ลุ่มต่ำเตรียมอพยพ";
    private static final String THAI_ONE_SENTENCE = "ชาวบ้านหลายร้อยครอบครัวต้องย้ายไปพักอาศัยในศูนย์พักพิงชั่วคราวที่โรงเรียนประจำตำบล";
    private static final String THAI_MIDDLE = "นายอำเภอกล่าวว่าทางราชการได้จัดเตรียมเรือท้องแบนและรถบรรทุกไว้แล้วกว่ายี่สิบคัน"
            + " อาหารและน้ำดื่มจะถูกส่งไปยังศูนย์พักพิงทุกแห่งภายในคืนนี้";
    private static final String THAI_FORECAST = "กรมอุตุนิยมวิทยาคาดว่าฝนจะเริ่มเบาบางลงในช่วงปลายสัปดาห์นี้";
    private static final String THAI_LATER = "ผู้ประกอบการร้านค้าในตลาดริมน้ำบอกว่าความเสียหายครั้งนี้รุนแรงกว่าเมื่อปีที่แล้ว"
            + " หลายร้านต้องปิดกิจการชั่วคราวจนกว่าน้ำจะลด";
    private static final String THAI_HEADLINE = "ระดับน้ำในแม่น้ำล้นตลิ่งชาวบ้านริมฝั่งเร่งขนย้ายสิ่งของหนีน้ำ";

    /** A news page's menu, headline and byline, then its paragraphs, share bar, related stories and footer. */
    private static String thaiPage(String... paragraphs) {
        return "หน้าหลัก\n\nข่าวด่วน\n\nการเมือง\n\nภูมิภาค\n\nต่างประเทศ\n\n" + THAI_HEADLINE
                + "\n\nโดย กองบรรณาธิการ | 8 ธันวาคม 2569 14:20 น.\n\n" + String.join("\n\n", paragraphs) + """


                แชร์ Facebook LINE X

                ข่าวที่น่าสนใจ

                รัฐบาลอนุมัติงบเยียวยาผู้ประสบภัยน้ำท่วมรอบใหม่

                นักท่องเที่ยวแห่เที่ยวงานลอยกระทงคึกคักทั่วประเทศ

                ราคาผักสดพุ่งสูงหลังน้ำท่วมแปลงเกษตรหลายจังหวัด

                © 2569 สำนักข่าวตัวอย่าง สงวนลิขสิทธิ์

                เกี่ยวกับเรา | ติดต่อโฆษณา | นโยบายความเป็นส่วนตัว
                """;
    }

    /** Unlabelled headlines of related stories between two paragraphs are shaped as one-sentence paragraphs. */
    @Test
    void relatedHeadlinesBetweenThaiParagraphsStayOut() {
        assertEquals(THAI_STORY, DumpBody.of(thaiHeader() + THAI_OPENING
                + "\n\nรัฐบาลอนุมัติงบเยียวยาผู้ประสบภัยน้ำท่วมรอบใหม่ทั่วประเทศภายในสัปดาห์นี้"
                + "\n\nนักท่องเที่ยวแห่เที่ยวงานลอยกระทงคึกคักทั่วประเทศในคืนวันเพ็ญเดือนสิบสอง\n\n"
                + THAI_MIDDLE + "\n\n" + THAI_LATER));
    }

    @Test
    void aThaiStoryOpeningWithOneSentenceUnderItsBylineKeepsItAndItsHeadline() {
        Draft draft = TextDumpReader.read(thaiPage(THAI_FORECAST, THAI_ONE_SENTENCE, THAI_OPENING, THAI_MIDDLE));
        assertEquals(String.join("\n\n", THAI_FORECAST, THAI_ONE_SENTENCE, THAI_OPENING, THAI_MIDDLE),
                DumpBody.of(draft));
        assertEquals(THAI_HEADLINE, draft.title());
    }

    private static final String LAO_HEADLINE = "ລັດຖະບານອະນຸມັດງົບປະມານສ້າງຖະໜົນໃໝ່ໃນເຂດຊົນນະບົດ";
    private static final String LAO_OPENING = "ກອງປະຊຸມຄະນະລັດຖະມົນຕີໄດ້ຮັບຮອງແຜນການກໍ່ສ້າງຖະໜົນເສັ້ນໃໝ່ໃນວັນອັງຄານຜ່ານມາ";
    private static final String LAO_SECOND = "ເຈົ້າໜ້າທີ່ກ່າວວ່າຖະໜົນເສັ້ນນີ້ຈະເຊື່ອມຕໍ່ບັນດາໝູ່ບ້ານຫ່າງໄກສອກຫຼີກກັບຕົວເມືອງ"
            + " ການກໍ່ສ້າງຈະເລີ່ມຕົ້ນໃນລະດູແລ້ງປີໜ້າ ແລະ ຄາດວ່າຈະສຳເລັດພາຍໃນສາມປີ";
    private static final String LAO_THIRD = "ຊາວບ້ານໃນເຂດດັ່ງກ່າວຕ້ອງເດີນທາງຫຼາຍຊົ່ວໂມງເພື່ອໄປຫາໂຮງໝໍ ແລະ ຕະຫຼາດ"
            + " ໂດຍສະເພາະໃນລະດູຝົນທີ່ຖະໜົນກາຍເປັນຕົມຈົນລົດບໍ່ສາມາດຜ່ານໄດ້";

    @Test
    void aLaoStoryUnderItsHeadlineAndDateKeepsItsFirstLine() {
        String dump = "ໜ້າຫຼັກ\n\nຂ່າວ\n\nເສດຖະກິດ\n\nກິລາ\n\n" + LAO_HEADLINE + "\n\n8/12/2026 14:20\n\n"
                + String.join("\n\n", LAO_OPENING, LAO_SECOND, LAO_THIRD) + """


                ແບ່ງປັນ Facebook WhatsApp

                ຂ່າວທີ່ກ່ຽວຂ້ອງ

                ນັກທ່ອງທ່ຽວຕ່າງປະເທດເພີ່ມຂຶ້ນຫຼາຍໃນລະດູໜາວປີນີ້

                ລາຄານ້ຳມັນເຊື້ອໄຟຫຼຸດລົງເປັນອາທິດທີສາມຕິດຕໍ່ກັນ

                ສະຫງວນລິຂະສິດ © 2026
                """;
        Draft draft = TextDumpReader.read(dump);
        assertEquals(String.join("\n\n", LAO_OPENING, LAO_SECOND, LAO_THIRD), DumpBody.of(draft));
        assertEquals(LAO_HEADLINE, draft.title());
    }

    @Test
    void headlinesListedRightUnderAThaiStoryStayOut() {
        String dump = THAI_HEADLINE + "\n\n" + THAI_OPENING + "\n\n" + THAI_MIDDLE + """


                รัฐบาลอนุมัติงบเยียวยาผู้ประสบภัยน้ำท่วมรอบใหม่

                นักท่องเที่ยวแห่เที่ยวงานลอยกระทงคึกคักทั่วประเทศ

                ราคาผักสดพุ่งสูงหลังน้ำท่วมแปลงเกษตรหลายจังหวัด
                """;
        assertEquals(THAI_OPENING + "\n\n" + THAI_MIDDLE, DumpBody.of(dump));
    }

    /** An address and a copyright under the story, one line each, are as long as a sentence of it. */
    private static final String THAI_FOOTER = "สำนักข่าวตัวอย่างจำกัดเลขที่หนึ่งร้อยยี่สิบถนนพระรามสี่แขวงคลองเตยเขตคลองเตยกรุงเทพมหานคร"
            + "\n\nสงวนลิขสิทธิ์ตามพระราชบัญญัติลิขสิทธิ์ห้ามคัดลอกเนื้อหาไปเผยแพร่โดยไม่ได้รับอนุญาต";
    private static final String THAI_STORY = String.join("\n\n", THAI_OPENING, THAI_MIDDLE, THAI_LATER);

    private static String thaiHeader() {
        return "หน้าหลัก\n\nข่าวด่วน\n\nการเมือง\n\n" + THAI_HEADLINE + "\n\nโดย กองบรรณาธิการ | 8 ธันวาคม 2569 14:20 น.\n\n";
    }

    @Test
    void aFooterRightUnderAThaiStoryStaysOut() {
        assertEquals(THAI_STORY, DumpBody.of(thaiHeader() + THAI_STORY + "\n\n" + THAI_FOOTER));
    }

    @Test
    void aFooterOverALinkBarRightUnderAThaiStoryStaysOut() {
        assertEquals(THAI_STORY, DumpBody.of(thaiHeader() + THAI_STORY + "\n\n" + THAI_FOOTER
                + "\n\nเกี่ยวกับเรา | ติดต่อ"));
    }

    @Test
    void readersCommentsUnderAThaiStoryStayOut() {
        assertEquals(THAI_STORY, DumpBody.of(thaiHeader() + THAI_STORY
                + "\n\nความคิดเห็นที่หนึ่งขอเอาใจช่วยชาวบ้านทุกคนที่ได้รับผลกระทบจากน้ำท่วมครั้งนี้นะครับ"
                + "\n\nความคิดเห็นที่สองรัฐบาลควรเร่งช่วยเหลือประชาชนให้เร็วกว่านี้ทุกปีเป็นแบบนี้ตลอด\n\nแสดงความคิดเห็น"));
    }

    /** A page's label with a number ("หน้า 2", page 2) is no dateline: the promos under it are not the story's lead. */
    @Test
    void promosUnderAPageLabelWithANumberStayOut() {
        Draft draft = TextDumpReader.read("สำนักข่าวตัวอย่างออนไลน์ข่าวสารทันเหตุการณ์ทุกวันตลอดยี่สิบสี่ชั่วโมง\n\nหน้า 2\n\n"
                + "อ่านข่าวเด่นประจำวันได้ก่อนใครที่แอปพลิเคชันของเราทุกเช้า\n\n"
                + "สมัครสมาชิกรับจดหมายข่าวฟรีทุกสัปดาห์ได้ง่ายๆ เพียงกรอกอีเมล\n\n" + THAI_STORY);
        assertEquals(THAI_STORY, DumpBody.of(draft));
    }

    /** With no dateline under it, the line over the headline may be the site's tagline: neither is the story's. */
    @Test
    void aSiteTaglineOverAThaiHeadlineIsNoTitle() {
        Draft draft = TextDumpReader.read("สำนักข่าวตัวอย่างออนไลน์ข่าวสารทันเหตุการณ์ทุกวันตลอดยี่สิบสี่ชั่วโมง\n\n"
                + THAI_HEADLINE + "\n\n" + THAI_STORY);
        assertEquals(THAI_STORY, DumpBody.of(draft));
        assertEquals(THAI_HEADLINE, draft.title());
    }
}
