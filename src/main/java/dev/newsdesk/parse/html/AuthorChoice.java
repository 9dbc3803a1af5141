package dev.newsdesk.parse.html;

import dev.newsdesk.article.Block;
import dev.newsdesk.article.Entity;
import dev.newsdesk.parse.SafeText;
import dev.newsdesk.parse.extract.AuthorNames;
import dev.newsdesk.parse.extract.Bylines;
import dev.newsdesk.parse.extract.WireCredit;
import dev.newsdesk.parse.meta.EntityExtractor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses a page's authors among what its parts say, each reduced to names ({@link AuthorNames}): the head's
 * metadata, a byline in the article's region, what the page prints around the headline ({@link Dateline}), a
 * signature closing the article ({@link Bylines#signature}) or a note about its writer ({@link Bylines#closingNote}),
 * the news agency credited for a story no person signs ({@link WireCredit}) and the person the site is named after
 * (a personal blog), in that order. The first that names someone wins, corrected by the printed names where it says
 * less than they do: the publisher in the head when the page prints a writer, a first name alone or a CMS account
 * ("jane.doe") when the page prints the full name, the one account a CMS credits when the printed byline (read when
 * the head leaves the date or the authors open) lists co-authors, the account that posted a piece whose own text
 * names another writer (not a column's name over the head's writer printed by the headline); and where it says
 * more: the region's byline run on past the printed name into a role.
 */
final class AuthorChoice {

    /** A CMS account's login: lower case, its parts joined by dots, underscores or hyphens ("jane.doe"). */
    private static final Pattern LOGIN = Pattern.compile("[\\p{Ll}\\d]+(?:[._-][\\p{Ll}\\d]+)+");

    private AuthorChoice() {
    }

    /** {@code values} as the page gives them (markup, character references) reduced to names, as text. */
    static List<String> names(List<String> values) {
        List<String> plain = new ArrayList<>(values.size());
        for (String v : values) {
            String p = SafeText.plain(v);
            if (p != null) plain.add(p);
        }
        return AuthorNames.clean(plain);
    }

    /**
     * True when {@code head}'s names (cleaned) leave the printed names to be read: one is a first name alone or a
     * login, or they name the site of {@code hostLabel} ({@link HtmlMetadata#hostLabel}).
     */
    static boolean doubtful(List<String> names, String hostLabel) {
        for (String n : names) if (incomplete(n)) return true;
        return namesSite(names, hostLabel);
    }

    /** True when {@code name} is a first name alone or a login: what {@link #completed} may complete. */
    private static boolean incomplete(String name) {
        return name.indexOf(' ') < 0 || LOGIN.matcher(name).matches();
    }

    /**
     * The authors of a page: {@code head}, {@code region} and {@code printed} are the names of the head's metadata,
     * of the region's byline and of {@link Dateline}, each already cleaned ({@code inText} when the page prints
     * those as a line of text: a byline, an author element; not markup); {@code body} the article's blocks, whose
     * last paragraph may be signed, its first open with a wire's dateline; {@code wire} the agencies a credit line
     * the page prints names ({@link Dateline}); {@code hostLabel} the site address's own label, or null;
     * {@code siteName} the name the site gives itself, or null. A list of names keeps its people only: the outlet
     * and the place a byline adds after the writer ("Jane Doe, Example News, New York") are none of its authors.
     */
    static List<String> choose(List<String> head, List<String> region, List<String> printed, boolean inText,
                               List<String> wire, List<Block> body, String hostLabel, String siteName) {
        List<String> chosen = pick(head, region, printed, inText, wire, body, hostLabel, siteName);
        if (chosen.size() < 2) return chosen;
        List<String> kept = new ArrayList<>(chosen.size());
        for (String n : chosen) if (!namesSite(List.of(n), hostLabel) && !isPlace(n)) kept.add(n);
        return kept.isEmpty() || kept.size() == chosen.size() ? chosen : List.copyOf(kept);
    }

    /**
     * The name of the CMS account a page names in its structured data alone ({@code account}, or null), for a page
     * that prints no author: only a person's full name, as the entity reader takes it ("Jane Doe"; not a login,
     * "jdoe_team", nor the site's name run together, "Example Kitchen" on examplekitchen.com).
     */
    static List<String> account(String account, String hostLabel) {
        if (account == null) return List.of();
        List<String> names = names(List.of(account));
        if (names.size() != 1 || Bylines.person(names.get(0)) == null) return List.of();
        return namesSite(names, hostLabel) ? List.of() : names;
    }

    /** True when the entity reader takes the whole of {@code name} for a place ("New York", "Germany"). */
    private static boolean isPlace(String name) {
        for (Entity e : EntityExtractor.extract(name)) {
            if (e.type() == Entity.Type.PLACE && e.name().equals(name)) return true;
        }
        return false;
    }

    /** The names {@link #choose} takes, before a list is trimmed to its people. */
    private static List<String> pick(List<String> head, List<String> region, List<String> printed, boolean inText,
                                     List<String> wire, List<Block> body, String hostLabel, String siteName) {
        List<String> first = !head.isEmpty() ? head : !region.isEmpty() ? region : printed;
        if (first.isEmpty()) {
            List<String> signed = signature(body);
            if (!signed.isEmpty()) return signed;
            String noted = closingNote(body);
            if (noted != null) return List.of(noted);
            List<String> agencies = wire(body, wire);
            if (!agencies.isEmpty()) return agencies;
            String person = siteName != null ? Bylines.person(siteName) : null;
            return person != null ? List.of(person) : List.of();
        }
        // A head that names the publisher ("Example News" on example.com) where the page prints a writer.
        if (first == head && !printed.isEmpty() && namesSite(head, hostLabel)
                && Collections.disjoint(letters(printed), letters(head))) {
            return printed;
        }
        if (first == head && inText && listsMore(printed, head)) return printed;
        if (first == head && signsForOthers(region, head) && !namesColumn(region, printed, head)) return region;
        if (first == head && inText && creditsTeam(head, printed)) return printed;
        if (first == region && runsOn(region, printed)) return printed;
        List<String> persons = first == head && printed.isEmpty() ? region : printed;
        // the cheap test first: most pages print the name the head gives, and the entity reader is not asked
        if (first != persons && Collections.disjoint(letters(persons), letters(first)) && namesNoPerson(first)
                && allPersons(persons)) {
            return persons;
        }
        if (first.stream().noneMatch(AuthorChoice::incomplete)) return AuthorNames.clean(first);
        // only a first name alone or a login needs the fuller names (the signature's among them)
        List<String> fuller = new ArrayList<>(printed);
        fuller.addAll(region);
        fuller.addAll(signature(body));
        List<String> out = new ArrayList<>(first.size());
        for (String name : first) out.add(completed(name, fuller));
        return AuthorNames.clean(out);
    }

    /**
     * True when {@code region}'s names are {@code printed}'s, one or more with words run on after a full name: the
     * byline element of the article's region took in the text after it, a role, the outlet, a month ("Jane Doe Games
     * Editor", "Jane Doe Example News", "JANE DOE March" where the line under the headline prints "Jane Doe"). A first
     * name printed alone is left to {@link #completed}; a list of more names than the printed one, to the region.
     */
    private static boolean runsOn(List<String> region, List<String> printed) {
        if (region.size() != printed.size() || region.equals(printed)) return false;
        for (int i = 0; i < region.size(); i++) {
            String name = region.get(i);
            String shown = printed.get(i);
            if (!name.equals(shown) && (shown.indexOf(' ') < 0 || !name.startsWith(shown + " "))) return false;
        }
        return true;
    }

    /**
     * True when each of {@code names} is of several words and none a person's: an organisation, a newsroom, a
     * project ("Example Restoration Programme"), which a person the page prints beside it wrote for.
     */
    private static boolean namesNoPerson(List<String> names) {
        for (String n : names) if (n.indexOf(' ') < 0 || Bylines.person(n) != null) return false;
        return true;
    }

    /** True when {@code names} are some and the entity reader takes each for a person's full name. */
    private static boolean allPersons(List<String> names) {
        return !names.isEmpty() && names.stream().allMatch(n -> Bylines.person(n) != null);
    }

    /**
     * True when the printed byline names all of {@code head}'s and more, each more a full name: a CMS credits one
     * account where the page lists its co-authors ("Jane Doe, John Roe"; not a role, "Jane Doe, Redaktion").
     */
    private static boolean listsMore(List<String> printed, List<String> head) {
        if (printed.size() <= head.size()) return false;
        List<String> headLetters = letters(head);
        List<String> more = new ArrayList<>(printed.size());
        for (String n : printed) if (!headLetters.contains(HtmlMetadata.letters(n))) more.add(n);
        return printed.size() - more.size() == head.size() && more.stream().allMatch(n -> n.indexOf(' ') > 0);
    }

    /**
     * True when the byline in the article's own text ({@code region}) names other people than the head's
     * ({@code head}, each a person's name): the head gives the CMS account that posted the piece (an editor posting a
     * contributor's), the text its writer. Each of the byline's names is a full name sharing no word with the
     * head's: one that does is the same writer run into the next text ("Jane DoeThursday", "Jane Doe Example").
     */
    private static boolean signsForOthers(List<String> region, List<String> head) {
        return !region.isEmpty() && region.stream().allMatch(Bylines::isFullName)
                && Collections.disjoint(words(region), words(head)) && allPersons(head);
    }

    /**
     * True when the line under the headline ({@code printed}) names the head's writers and {@code region} names no
     * person: the region's byline element took the column's or section's name printed over the writer's ("Market
     * Notes" over "By JANE DOE"), no second author.
     */
    private static boolean namesColumn(List<String> region, List<String> printed, List<String> head) {
        return !printed.isEmpty() && letters(printed).containsAll(letters(head))
                && region.stream().noneMatch(n -> Bylines.person(n) != null);
    }

    /**
     * True when the head credits several people ({@code head}, the site's team) and the byline printed with the
     * headline one writer who is none of them: a theme's fixed author tag, the page's own byline.
     */
    private static boolean creditsTeam(List<String> head, List<String> printed) {
        return head.size() > 1 && printed.size() == 1 && Collections.disjoint(words(printed), words(head));
    }

    /** The words of {@code names}, each as {@link HtmlMetadata#letters} gives it. */
    private static Set<String> words(List<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) for (String w : n.split("[\\s-]+")) out.add(HtmlMetadata.letters(w));
        return out;
    }

    /**
     * The news agencies credited for a story no person signs: in its last paragraph ("… (dpa)"), the dateline its
     * first opens with ("BERLIN (AFP) –"), else a credit line the page prints ({@code printed}).
     */
    private static List<String> wire(List<Block> body, List<String> printed) {
        List<String> agencies = List.of();
        for (int i = body.size() - 1; i >= 0 && agencies.isEmpty(); i--) {
            Block b = body.get(i);
            if (b.type() == Block.Type.PARAGRAPH) agencies = WireCredit.signing(b.text());
            if (b.type() != Block.Type.IMAGE) break;
        }
        for (Block b : body) {
            if (!agencies.isEmpty() || b.type() != Block.Type.PARAGRAPH) continue;
            agencies = WireCredit.opening(b.text());
            break;
        }
        return agencies.isEmpty() ? printed : agencies;
    }

    /** The names the last paragraph of {@code body} signs the article with, cleaned; empty when it signs none. */
    private static List<String> signature(List<Block> body) {
        for (int i = body.size() - 1; i >= 0; i--) {
            Block b = body.get(i);
            if (b.type() == Block.Type.IMAGE) continue;
            if (b.type() != Block.Type.PARAGRAPH) return List.of();
            List<String> names = Bylines.signature(b.text(), b.markup());
            return names == null ? List.of() : AuthorNames.clean(names);
        }
        return List.of();
    }

    /** The writer the last paragraph of {@code body} is a note about ({@link Bylines#closingNote}), or null. */
    private static String closingNote(List<Block> body) {
        for (int i = body.size() - 1; i >= 0; i--) {
            Block b = body.get(i);
            if (b.type() == Block.Type.IMAGE) continue;
            return b.type() == Block.Type.PARAGRAPH ? Bylines.closingNote(b.text(), b.markup()) : null;
        }
        return null;
    }

    /**
     * {@code name}, or the fuller form of it among {@code printed}: a first name alone ("Jane") completed by the
     * printed name it starts ("Jane Doe"), a login ("jane.doe", "jdoe" is left) by the printed name whose first and
     * last words are its parts ("Jane P. Doe").
     */
    private static String completed(String name, List<String> printed) {
        if (!incomplete(name)) return name;
        boolean login = LOGIN.matcher(name).matches();
        String lower = name.toLowerCase(Locale.ROOT);
        String[] parts = lower.split("[._-]");
        for (String p : printed) {
            String[] words = p.toLowerCase(Locale.ROOT).split("\\s+");
            if (words.length < 2) continue;
            if (!login && words[0].equals(lower)) return p;
            if (login && parts.length == 2 && words[0].equals(parts[0]) && words[words.length - 1].equals(parts[1])) {
                return p;
            }
        }
        return name;
    }

    /**
     * True when every one of {@code names} names the site: one of its words is the address's own label
     * ("Die Zeitung" on zeitung.de) or its words' initials are ("Deutsche Welle" on dw.com).
     */
    private static boolean namesSite(List<String> names, String hostLabel) {
        if (hostLabel == null || hostLabel.length() < 2 || names.isEmpty()) return false;
        for (String n : names) {
            String[] words = n.split("[\\s-]+");
            StringBuilder initials = new StringBuilder();
            boolean word = false;
            for (String w : words) {
                String l = HtmlMetadata.letters(w);
                if (l.isEmpty()) continue;
                initials.append(l.charAt(0));
                word |= l.length() >= 3 && l.equals(hostLabel);
            }
            if (!word && !(words.length >= 2 && initials.toString().equals(hostLabel))) return false;
        }
        return true;
    }

    private static List<String> letters(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) out.add(HtmlMetadata.letters(n));
        return out;
    }
}
