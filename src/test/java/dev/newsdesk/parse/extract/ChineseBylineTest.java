package dev.newsdesk.parse.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Chinese bylines give their names; sentences and column names that hold "记者" give none. */
class ChineseBylineTest {

    @Test
    void readsTheAuthorsLabel() {
        assertEquals(List.of("王小明"), Bylines.authors("作者：王小明"));
        assertEquals(List.of("lanshan88"), Bylines.authors("作者: lanshan88"));
        assertEquals(List.of("周一平", "林小雨"), Bylines.authors("执笔人：周一平、林小雨"));
    }

    @Test
    void readsTheReportersAfterTheOutletAndBeforeWhereTheyReported() {
        assertEquals(List.of("王小明", "李华"), Bylines.authors("本报记者 王小明 李华"));
        assertEquals(List.of("张明"), Bylines.authors("晨报记者 张明 江苏南京报道"));
        assertEquals(List.of("赵一鸣"), Bylines.authors("（记者 赵一鸣）"));
        assertEquals(List.of("欧阳明月"), Bylines.authors("本报记者欧阳明月发自上海"));
    }

    @Test
    void takesNoSentenceOrColumnName() {
        assertNull(Bylines.authors("他对记者说，今年的收成比去年好。"));
        assertNull(Bylines.authors("记者近日从市教育局了解到"));
        assertNull(Bylines.authors("晨报记者看江南"));
        assertNull(Bylines.authors("联系记者"));
    }

    @Test
    void readsTheBylineFieldOfAnInfoLine() {
        assertEquals(List.of("李明"), Bylines.authors("发布时间：2024年3月12日 14:20 来源：新华社 作者：李明"));
        assertEquals(List.of("张伟"), Bylines.authors("2024年3月12日 14:20 来源：人民网 记者 张伟"));
    }

    @Test
    void takesNoSourceEditorOrPhotographer() {
        assertNull(Bylines.authors("发布时间：2024年3月12日 14:20 来源：新华社 责任编辑：王芳"));
        assertNull(Bylines.authors("来源：新华社"));
        assertEquals(List.of("张伟"), Bylines.authors("记者 张伟 摄影 刘洋"));
        assertEquals(List.of("张伟"), Bylines.authors("记者 张伟 编辑 王芳"));
    }

    @Test
    void readsATaiwaneseReporterBeforeAFullWidthSlash() {
        assertEquals(List.of("陳怡君"), Bylines.authors("記者陳怡君／報導"));
        assertEquals(List.of("林志明"), Bylines.authors("記者林志明／台中報導"));
        // a sentence with a full-width slash in it is no byline
        assertNull(Bylines.authors("記者會上，部長表示今年的預算／補助將增加兩成。"));
    }
}
