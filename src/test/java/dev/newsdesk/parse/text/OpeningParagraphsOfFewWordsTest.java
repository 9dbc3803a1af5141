package dev.newsdesk.parse.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A story that opens, under its dateline, with paragraphs of few words (a language without articles, or one that
 * joins them to the word, says much in fifteen) keeps them, though they share no word with the paragraphs under them:
 * other stories' headlines are not set under the story's own dateline.
 */
class OpeningParagraphsOfFewWordsTest {

    @Test
    void aUkrainianStoryKeepsItsShortOpeningParagraphs() {
        String dump = """
                Головна

                Новини

                Економіка

                Спорт

                Місто закриває старий міст на ремонт

                5 грудня 2026 | Автор: Ірина Мельник

                Інженери знайшли глибокі тріщини в опорах одразу після весняної повені минулого року.

                Роботи триватимуть щонайменше пів року. Водіям радять об'їзд північною дорогою через село.

                Міська рада виділила на відновлення конструкції понад двісті мільйонів гривень, повідомили у пресслужбі виконкому в понеділок.

                За словами підрядника, бригади працюватимуть цілодобово, а перші результати мешканці побачать уже навесні, коли завершиться заміна балок.

                Громадські активісти вимагають оприлюднити кошторис і звіт технічної експертизи, щоб кожен міг перевірити витрати бюджету.

                Поділитися: Facebook Telegram Viber

                Читайте також

                Мер пообіцяв нові автобуси для околиць

                © 2026 Міські новини. Усі права захищені.
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.startsWith("Інженери знайшли глибокі тріщини"), body);
        assertTrue(body.contains("Водіям радять об'їзд північною дорогою через село."), body);
    }

    @Test
    void aHebrewStoryKeepsItsShortOpeningParagraphs() {
        String dump = """
                ראשי | חדשות | כלכלה | ספורט

                העירייה תסגור את הגשר הישן לשיפוץ

                5 בדצמבר 2026 | מאת רונית לוי

                העבודות יימשכו חצי שנה לפחות.

                מהנדסים מצאו סדקים עמוקים בעמודים אחרי השיטפון. הנהגים יופנו לכביש הצפוני.

                מועצת העיר אישרה השבוע תקציב של יותר ממאתיים מיליון שקלים לחיזוק המבנה, כך נמסר מדוברות הרשות ביום שני.

                לדברי הקבלן, הצוותים יעבדו מסביב לשעון והתושבים יראו את התוצאות הראשונות כבר באביב, כאשר תושלם החלפת הקורות.

                פעילים חברתיים דורשים לפרסם את האומדן ואת דוח הבדיקה ההנדסית, כדי שכל אחד יוכל לבדוק את ההוצאה.

                שתפו: Facebook WhatsApp

                כתבות נוספות

                ראש העיר מבטיח אוטובוסים חדשים לשכונות

                © 2026 חדשות העיר. כל הזכויות שמורות.
                """;
        String body = DumpBody.of(dump);
        assertTrue(body.startsWith("העבודות יימשכו חצי שנה לפחות."), body);
        assertTrue(body.contains("הנהגים יופנו לכביש הצפוני."), body);
    }
}
