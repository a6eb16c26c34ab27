package resolve

import (
	_ "embed"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/mentions"
)

//go:embed data/pronouns.txt
var pronounsTxt string

// pronounCues are the word lists of data/pronouns.txt by section.
var pronounCues = func() map[string]map[string]bool {
	out := map[string]map[string]bool{}
	sec := ""
	for _, ln := range strings.Split(pronounsTxt, "\n") {
		ln = strings.TrimSpace(ln)
		switch {
		case ln == "" || ln[0] == '#':
		case ln[0] == '[':
			sec = strings.Trim(ln, "[]")
			out[sec] = map[string]bool{}
		default:
			out[sec][ln] = true
		}
	}
	return out
}()

// recentPronoun is recent for a masculine personal or possessive pronoun,
// minus the persons it cannot refer to: an object pronoun (ihn, ihm) is not
// the subject of its own clause, and a possessive before a relational noun
// in a copula clause (X wurde sein Nachfolger) is not that clause's subject.
func (r *resolver) recentPronoun(m *mentions.Mention) *cluster {
	low := strings.ToLower(m.Text)
	skipClause := pronounCues["object"][low]
	if !skipClause && strings.HasPrefix(low, "sein") {
		next := r.wordAt(m.Span.End)
		skipClause = pronounCues["relational"][strings.ToLower(next)] && r.copulaBefore(m)
	}
	if !skipClause {
		return r.recent(m, newsgraph.Person, corefWindow, "")
	}
	i := sort.Search(r.sorted, func(i int) bool { return r.spanOf[i].start >= m.Span.Start })
	for i--; i >= 0; i-- {
		sc := r.spanOf[i]
		if m.Sentence-sc.sentence > corefWindow {
			break
		}
		if sc.c.typ != newsgraph.Person {
			continue
		}
		if sc.sentence == m.Sentence && r.sameClause(sc.start, m.Span.Start) {
			continue
		}
		return sc.c
	}
	return nil
}

// wordAt returns the word starting at byte offset i (after spaces).
func (r *resolver) wordAt(i int) string {
	if i < 0 || i > len(r.text) {
		return ""
	}
	s := strings.TrimLeft(r.text[i:], " ")
	end := strings.IndexFunc(s, func(c rune) bool { return !unicode.IsLetter(c) && c != '-' })
	if end < 0 {
		end = len(s)
	}
	return s[:end]
}

// sameClause reports whether no clause boundary (punctuation or a
// coordinating or subordinating conjunction) lies between two offsets.
func (r *resolver) sameClause(from, to int) bool {
	if from < 0 || to > len(r.text) || from >= to {
		return false
	}
	seg := r.text[from:to]
	if strings.ContainsAny(seg, ",;:()–") || strings.Contains(seg, " - ") {
		return false
	}
	return !hasCueWord(seg, "boundary")
}

// hasCueWord reports whether a word of seg is in the pronoun cue list kind
// (data/pronouns.txt), compared in lower case.
func hasCueWord(seg, kind string) bool {
	for _, w := range strings.Fields(seg) {
		if pronounCues[kind][strings.ToLower(w)] {
			return true
		}
	}
	return false
}

// copulaBefore reports whether a copula form stands in m's clause before m.
func (r *resolver) copulaBefore(m *mentions.Mention) bool {
	start := m.Span.Start
	if start > len(r.text) {
		return false
	}
	// back to the last clause boundary, at most 80 bytes
	lo := max(0, start-80)
	for lo < len(r.text) && !utf8.RuneStart(r.text[lo]) {
		lo++
	}
	seg := r.text[lo:start]
	if k := strings.LastIndexAny(seg, ".,;:!?"); k >= 0 {
		seg = seg[k+1:]
	}
	return hasCueWord(seg, "copula")
}

// herOrganisation links a possessive ihr… before a party noun (ihre
// Partei, ihrer Liga) to the woman named last in this or the previous
// sentence: "ihr" may as well be plural, so only where a party follows,
// which a group of people rarely shares, and only a woman.
func (r *resolver) herOrganisation(m *mentions.Mention) *cluster {
	next := strings.ToLower(r.wordAt(m.Span.End))
	if !pronounCues["party"][next] {
		// an adjective between: ihrer Nationalen Liga
		after := m.Span.End + 1 + len(next)
		if after > len(r.text) || !pronounCues["party"][strings.ToLower(r.wordAt(after))] {
			return nil
		}
	}
	i := sort.Search(r.sorted, func(i int) bool { return r.spanOf[i].start >= m.Span.Start })
	for i--; i >= 0; i-- {
		sc := r.spanOf[i]
		if m.Sentence-sc.sentence > 1 {
			break
		}
		if sc.c.typ == newsgraph.Person && sc.c.female() {
			return sc.c
		}
	}
	return nil
}

// feminineRoleBefore reports whether the role noun right before a person's
// name is the feminine form of its role (Regierungschefin, Präsidentin).
func (r *resolver) feminineRoleBefore(m *mentions.Mention) bool {
	end := m.Span.Start
	if end <= 0 || end > len(r.text) || m.Span.End <= m.Span.Start {
		return false
	}
	seg := strings.TrimRight(r.text[max(0, end-60):end], " ")
	if k := strings.LastIndexAny(seg, " \n\t(-"); k >= 0 {
		seg = seg[k+1:]
	}
	low := strings.ToLower(seg)
	return strings.HasSuffix(low, m.Role+"in")
}

// namedRightAfter reports whether an organisation is named right after
// description m (only a space between): the description is the name's
// classifier noun, not a reference back.
func (r *resolver) namedRightAfter(m *mentions.Mention) bool {
	i := sort.Search(r.sorted, func(i int) bool { return r.spanOf[i].start >= m.Span.End })
	if i >= r.sorted {
		return false
	}
	sc := r.spanOf[i]
	return sc.c.typ == newsgraph.Organization && sc.start-m.Span.End <= 1 && sc.sentence == m.Sentence
}

// apposedName reports whether a person is named in apposition right after
// role description m (der Sprecher des Parlaments, (dem Abgeordneten) X):
// the description introduces that person and refers back to no one. The
// words between are at most a short genitive before one comma and an
// article with a role noun after it.
func (r *resolver) apposedName(m *mentions.Mention) bool {
	i := sort.Search(r.sorted, func(i int) bool { return r.spanOf[i].start >= m.Span.End })
	// skip bodies named inside the words between (dem CHP-Abgeordneten X)
	for i < r.sorted && r.spanOf[i].c.typ != newsgraph.Person && r.spanOf[i].start-m.Span.End <= 80 {
		i++
	}
	if i >= r.sorted {
		return false
	}
	sc := r.spanOf[i]
	if sc.c.typ != newsgraph.Person || sc.sentence != m.Sentence || sc.start-m.Span.End > 80 || sc.start > len(r.text) {
		return false
	}
	before, after, ok := strings.Cut(r.text[m.Span.End:sc.start], ",")
	if !ok || strings.ContainsAny(after, ",;:()") || strings.ContainsAny(before, ";:()") {
		return false
	}
	// the apposition closes right after the name (…, X, und; …, X.): a
	// name followed by more words (dem Minister vor, Lohndumping fördern
	// zu wollen) is no apposition
	if sc.m == nil || sc.m.Span.End >= len(r.text) || !strings.ContainsRune(",.;)", rune(r.text[sc.m.Span.End])) {
		return false
	}
	pre, post := strings.Fields(before), strings.Fields(after)
	if len(pre) > 3 || len(post) > 2 {
		return false
	}
	if len(post) > 0 && !pronounCues["article"][strings.ToLower(post[0])] {
		return false
	}
	return len(post) != 1 // an article alone before the name would be a relative pronoun
}

// pluralOf reports whether description m is the plural of its head
// (Parteien, Konfliktparteien for partei): it names several groups.
func pluralOf(m *mentions.Mention) bool {
	if m.Head == "" {
		return false
	}
	low := strings.ToLower(m.Text)
	return strings.HasSuffix(low, m.Head+"en") || strings.HasSuffix(low, m.Head+"n")
}
