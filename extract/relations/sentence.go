package relations

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

// word is one token with the features the clause analysis needs.
type word struct {
	text, low  string
	start, end int
	kind       text.TokenKind
	upper      bool // starts with an upper-case letter
	hits       []verbHit
	attr       bool // read as an attributive participle (ein geführtes Bündnis)
	fin        int8 // cached isFinite: 0 unknown, 1 yes, 2 no
	roleState  int8 // cached matchRole: 0 unknown, 1 a role, 2 none
	role       role
	rolePre    string
}

// arg is an entity mention as a possible argument of a predicate.
type arg struct {
	ent     int // index into the document's entities
	key     string
	typ     newsgraph.EntityType
	t0, t1  int  // token range [t0, t1)
	partial bool // inside a compound token (OVKS-Truppen)
	coref   bool
	cases   caseSet
	prep    string // governing preposition, normalised (beim → bei)
	gen     bool   // genitive attribute of a noun, not a clause argument
	pregen  bool   // prenominal s-genitive (Russlands Präsident)
	virtual bool   // stands for the antecedent of a relative pronoun
	mod     bool   // an adjective (kasachische) or a source (X zufolge): no clause argument
	cueTok  int    // token of the determiner or preposition that gave the case, -1
	appos   int    // the comma when the case came from an apposition, else 0
	group   int    // coordination group id
	// described: a state named only by an organ noun (die Behörden, das
	// Militär, des Landes), taken to be the article's main state
	described bool
	organ     bool // the mention was widened to the organ noun before it (Unterhändler Russlands)
	// collective: a compound naming an organisation's members (die
	// G7-Staaten): partial, yet an argument for the organisation
	collective bool
}

const (
	clMain = iota
	clSub
	clRel
	clInf
)

// clause is a (possibly discontinuous) set of tokens with one finite verb.
type clause struct {
	kind     int
	toks     []int
	parent   int // governing main clause, -1 for none
	prevMain int // for a main clause: the main clause it is coordinated with, -1
	open     bool
	finite   int // token index of the finite verb, -1
	speech   bool
	relCases caseSet
	relPrep  string
	antec    int // arg index of the relative antecedent, -1
	subj     []int
	subjDone bool
	// unasserted: a bare zu-infinitive (X aufrufen, Y zu verhaften) states
	// what someone should do, not what happened
	unasserted bool
}

// sent is the analysis of one sentence.
type sent struct {
	x        *docExtractor
	idx      int
	s        *text.Sentence
	w        []word
	args     []arg
	clauses  []*clause
	clauseOf []int
	cover    []int // token → first non-virtual arg covering it, -1
	starts   []int // token → first non-virtual, non-modifier arg starting there, -1
	speaker  int   // arg index of the reported speaker, -1
	low      string
	dateline int // token of the dash after a dateline (Minsk (dpa) –), else 0
}

var fusedPrep = map[string]string{"beim": "bei", "vom": "von", "zum": "zu", "zur": "zu", "am": "an", "ans": "an", "im": "in", "ins": "in"}

func normPrep(p string) string {
	if n, ok := fusedPrep[p]; ok {
		return n
	}
	return p
}

func isQuote(s string) bool {
	switch s {
	case "„", "“", "”", "\"", "»", "«", "‚", "‘", "’", "'", "›", "‹":
		return true
	}
	return false
}

func isBoundary(s string) bool {
	switch s {
	case ",", ";", ":", "(", ")", "–", "—", "-", "[", "]":
		return true
	}
	return false
}

// adjLike reports whether a lower-case word looks like an inflected
// adjective or participle inside a noun phrase.
func adjLike(w *word) bool {
	if w.kind == text.Number {
		return true
	}
	if w.kind != text.Word || w.upper {
		return false
	}
	l := w.low
	if lex.aux[l] || lex.auxWerden[l] || lex.coord[l] || lex.neg[l] || lex.subs[l] || lex.dets[l] != 0 || lex.preps[l] {
		return false
	}
	for _, h := range w.hits {
		if h.kind&(fFinite|fSepFinite|fInf) != 0 && h.kind&fAttr == 0 {
			return false
		}
	}
	return strings.HasSuffix(l, "e") || strings.HasSuffix(l, "en") || strings.HasSuffix(l, "er") ||
		strings.HasSuffix(l, "es") || strings.HasSuffix(l, "em")
}

// finiteHit reports whether a word has a finite verb reading.
func finiteHit(w *word) bool {
	for _, h := range w.hits {
		if h.kind&(fFinite|fSepFinite) != 0 {
			return true
		}
	}
	return false
}

func newSent(x *docExtractor, idx int) *sent {
	s := &sent{x: x, idx: idx, s: &x.doc.Sentences[idx], speaker: -1}
	x.cused = 0
	toks := s.s.Tokens
	if cap(x.wbuf) < len(toks) {
		x.wbuf = make([]word, len(toks)*2)
	}
	s.w = x.wbuf[:len(toks)]
	for i, t := range toks {
		w := &s.w[i]
		*w = word{}
		w.text, w.start, w.end, w.kind = t.Text, t.Start, t.End, t.Kind
		w.low = lowerWord(t.Text)
		r, _ := utf8.DecodeRuneInString(t.Text)
		w.upper = unicode.IsUpper(r)
		if t.Kind == text.Word && !w.upper {
			w.hits = lex.forms[w.low]
		}
	}
	return s
}

// buildArgs maps the entity mentions of this sentence to tokens.
func (s *sent) buildArgs() {
	ms := s.x.bySent[s.idx]
	s.args = s.x.abuf[:0]
	defer func() { s.x.abuf = s.args[:0] }()
	for _, m := range ms {
		// the tokens overlapping the mention: the first ending after its start …
		t0 := sort.Search(len(s.w), func(i int) bool { return s.w[i].end > m.span.Start })
		if t0 >= len(s.w) || s.w[t0].start >= m.span.End {
			continue
		}
		// … up to the last starting before its end
		t1 := t0 + 1
		for t1 < len(s.w) && s.w[t1].start < m.span.End {
			t1++
		}
		e := &s.x.ents[m.ent]
		a := arg{ent: m.ent, key: e.Key, typ: m.typ, t0: t0, t1: t1, coref: m.coref, group: -1, cueTok: -1}
		if _, pron := lex.pronouns[s.w[t0].low]; !pron && t1-t0 == 1 && (!s.w[t0].upper || lex.possessive[s.w[t0].low]) && s.w[t0].kind == text.Word {
			a.mod = true // kasachische: a modifier, not an argument
			// … unless it names the state behind an organ without a name of
			// its own (die belarussischen Behörden)
			if t1 < len(s.w) && lex.authority[strings.ToLower(s.w[t1].text)] && m.typ == newsgraph.State && !s.mentionAt(t1) && !s.mentionAt(t1+1) {
				a.mod = false
				a.t1 = t1 + 1
			}
		}
		if !a.mod && t1-t0 == 1 && s.w[t0].upper && t0 > 0 && isDemonym(s.w[t0].low) && t1 < len(s.w) && s.w[t1].upper && s.w[t1].kind == text.Word && !s.mentionCovers(t1) {
			a.mod = true // im Kiewer Vorort: a city adjective before a noun
		}
		for a.t0 < t1-1 && !s.w[a.t0].upper && s.w[a.t0].kind == text.Word {
			a.t0++ // a stray participle at the start of a mention
		}
		t0 = a.t0
		first, last := &s.w[t0], &s.w[t1-1]
		tail := s.x.doc.Article.Text[m.span.End:max(m.span.End, last.end)]
		if m.span.Start > first.start || (m.span.End < last.end && tail != "s" && tail != "'s" && tail != "’s") {
			a.partial = true
			// die G7-Staaten, die Nato-Außenminister: the members act for
			// the organisation named in the compound
			if m.typ == newsgraph.Organization && m.span.Start == first.start && t1-t0 == 1 && lex.memberTail(last.low) {
				a.collective = true
			}
		}
		if tail == "s" || tail == "'s" || tail == "’s" {
			a.gen = true
		}
		// Belarus' Machthaber: an apostrophe genitive
		if tail == "" && t1+1 < len(s.w) && (s.w[t1].text == "'" || s.w[t1].text == "’") && s.w[t1].start == last.end && s.w[t1+1].upper {
			a.gen, a.pregen = true, true
			a.t1 = t1 + 1
		}
		// die Führung in Kiew, die Regierung Russlands: an organ named by
		// its seat or its state acts for that state and takes the organ
		// noun's place and case
		if (m.typ == newsgraph.State || m.typ == newsgraph.Organization) && !a.partial && !a.mod && t0 >= 1 && a.t0 == t0 {
			at, nouns := -1, lex.authority
			switch {
			case m.typ == newsgraph.State && t0 >= 2 && s.w[t0-1].low == "in":
				at = t0 - 2
			case m.typ == newsgraph.State && !a.pregen:
				at = t0 - 1 // a state name right after the organ noun is its genitive
				if lex.representative[s.w[at].low] {
					nouns = lex.representative // Unterhändler Russlands
				}
			case t0 >= 2 && (s.w[t0-1].low == "der" || s.w[t0-1].low == "des") && !a.pregen:
				at, nouns = t0-2, lex.representative // die Vertreter der FARC
			}
			if at >= 0 && s.w[at].upper && s.w[at].kind == text.Word && nouns[s.w[at].low] && !s.mentionAt(at) && (at == 0 || !s.mentionAt(at-1) && !isDemonym(s.w[at-1].low)) {
				// (unter Moskauer Führung in Kasachstan: the organ has its own state)
				a.t0, a.gen, a.organ = at, false, true
			}
		}
		// die Regierung von (Präsident) X: the government acts for its head
		if m.typ == newsgraph.Person && !a.partial && a.t0 == t0 && t0 >= 2 {
			v := t0 - 1
			if v >= 2 && s.w[v].upper && s.isRoleTok(v) {
				v--
			}
			if s.w[v].low == "von" && v >= 1 && s.w[v-1].upper && lex.authority[s.w[v-1].low] && !s.mentionAt(v-1) && (v < 2 || !isDemonym(s.w[v-2].low)) {
				a.t0 = v - 1
			}
		}
		s.args = append(s.args, a)
	}
	// drop args covered by a longer one
	keep := s.args[:0]
	for i, a := range s.args {
		covered := false
		for j, b := range s.args {
			if i == j {
				continue
			}
			if b.t0 <= a.t0 && a.t1 <= b.t1 && (b.t1-b.t0 > a.t1-a.t0 || (b.t1-b.t0 == a.t1-a.t0 && (j < i || a.coref && !b.coref))) {
				if !(a.partial && !b.partial && b.t1-b.t0 == 1) || b.key == a.key {
					covered = true
					break
				}
			}
		}
		if !covered {
			keep = append(keep, a)
		}
	}
	s.args = keep
	s.describedStates()
	s.describedAges()
	s.describedOrgs()
	sortArgs(s.args)
	for i := range s.args {
		// die Nato-Staaten Polen und Litauen: the names that follow are the
		// actors, the compound only says what they are
		if s.args[i].collective && i+1 < len(s.args) && s.args[i+1].t0 == s.args[i].t1 {
			s.args[i].collective = false
		}
	}
	for i := range s.args {
		s.caseCue(&s.args[i])
	}
	dateline := s.datelineEnd()
	s.dateline = dateline
	for i := range s.args {
		a := &s.args[i]
		// X (OVKS), Y (SPÖ): a bracketed name explains the name before it
		// and is no argument of its own; after a phrase that names no
		// entity (die Europäische Fußball-Union (UEFA)) it takes that
		// phrase's place and case
		for j := a.t0 - 1; j >= 0 && j >= a.t0-4; j-- {
			if s.w[j].text == ")" {
				break
			}
			if s.w[j].text == "(" {
				if j > 0 && s.argCovering(j-1) >= 0 || j == 0 {
					a.mod = true
				} else if c, p, ok := s.npCaseLeft(j - 1); ok {
					a.cases, a.prep, a.gen, a.pregen = c, p, false, false
				} else {
					a.mod = true
				}
				break
			}
		}
		// Wien – …: the dateline names where the report comes from
		if a.t0 == 0 && a.t1 < len(s.w) && (s.w[a.t1].text == "–" || s.w[a.t1].text == "—" || s.w[a.t1].text == "/" || s.w[a.t1].text == "-") {
			a.mod = true
		}
		if a.t0 == 2 && s.w[1].text == "/" && s.argCovering(0) >= 0 && a.t1 < len(s.w) && (s.w[a.t1].text == "–" || s.w[a.t1].text == "-") {
			a.mod = true
		}
		if a.t0 < dateline {
			a.mod = true // Minsk/Brüssel (dpa) –
		}
	}
	s.groupArgs()
	s.index()
}

// isDemonym reports whether low is a state adjective of the lexicon in any
// inflection (kasachischen, Moskauer).
func isDemonym(low string) bool {
	if _, ok := lex.demonyms[low]; ok {
		return true
	}
	for _, suf := range []string{"en", "em", "er", "es", "e"} {
		if st, cut := strings.CutSuffix(low, suf); cut {
			if _, ok := lex.demonyms[st]; ok {
				return true
			}
		}
	}
	return false
}

func sortArgs(a []arg) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j].t0 < a[j-1].t0; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// mentionAt reports whether a mention of this sentence starts at token i
// (usable while args are being built).
func (s *sent) mentionAt(i int) bool {
	if i >= len(s.w) {
		return false
	}
	for _, m := range s.x.bySent[s.idx] {
		if m.span.Start == s.w[i].start {
			return true
		}
	}
	return false
}

// argAt returns the arg that starts at token i, or -1.
func (s *sent) argAt(i int) int {
	if s.starts != nil {
		if i < 0 || i >= len(s.starts) {
			return -1
		}
		return s.starts[i]
	}
	for k := range s.args {
		if s.args[k].t0 == i && !s.args[k].virtual && !s.args[k].mod {
			return k
		}
	}
	return -1
}

// argCovering returns the arg whose tokens include i, or -1.
func (s *sent) argCovering(i int) int {
	if s.cover != nil {
		if i < 0 || i >= len(s.cover) {
			return -1
		}
		return s.cover[i]
	}
	for k := range s.args {
		if s.args[k].t0 <= i && i < s.args[k].t1 && !s.args[k].virtual {
			return k
		}
	}
	return -1
}

// index builds the token → arg tables once the args are final; args
// appended later (role descriptions) are added with addIndex.
func (s *sent) index() {
	n := len(s.w)
	if cap(s.x.ibuf) < 2*n {
		s.x.ibuf = make([]int, 4*n)
	}
	s.cover, s.starts = s.x.ibuf[:n:n], s.x.ibuf[n:2*n:2*n]
	for i := range s.cover {
		s.cover[i], s.starts[i] = -1, -1
	}
	for k := range s.args {
		s.addIndex(k)
	}
}

func (s *sent) addIndex(k int) {
	if s.cover == nil {
		return
	}
	a := &s.args[k]
	if a.virtual {
		return
	}
	for t := a.t0; t < a.t1 && t < len(s.cover); t++ {
		if s.cover[t] < 0 {
			s.cover[t] = k
		}
	}
	if !a.mod && a.t0 < len(s.starts) && s.starts[a.t0] < 0 {
		s.starts[a.t0] = k
	}
}

// caseCue reads the determiner or preposition that governs a mention, and
// whether the mention is a genitive attribute.
func (s *sent) caseCue(a *arg) {
	a.cases = cAll
	if c, ok := lex.pronouns[s.w[a.t0].low]; ok && a.t1-a.t0 == 1 {
		a.cases = c
		return
	}
	name := s.x.ents[a.ent].Name
	lowTok := s.w[a.t1-1].low
	if !a.gen && !a.described && !a.organ && strings.HasSuffix(lowTok, "s") && !strings.HasSuffix(strings.ToLower(name), "s") && a.typ != newsgraph.Organization {
		a.gen = true
	}
	if a.pregen {
		return
	}
	if a.gen {
		// an s-genitive must stand next to a noun
		// (also across adjectives: Erdoğans islamisch-konservative Regierungspartei)
		n := a.t1
		for n < len(s.w) && n < a.t1+3 && s.w[n].kind == text.Word && !s.w[n].upper && adjLike(&s.w[n]) && s.argCovering(n) < 0 {
			n++
		}
		next := n < len(s.w) && s.w[n].kind == text.Word && s.w[n].upper && s.argAt(n) < 0
		prev := a.t0 > 0 && s.w[a.t0-1].kind == text.Word && s.w[a.t0-1].upper && s.argCovering(a.t0-1) < 0
		switch {
		case next:
			a.pregen = true
		case prev:
		default:
			a.gen = false
		}
	}
	if a.gen && !a.pregen {
		a.cases = cGen // Außenministerin Polens: a genitive after its noun
		return
	}
	j := a.t0 - 1
	skippedNoun, skippedTime := false, false
	for steps := 0; j >= 0 && steps < 7; steps++ {
		w := &s.w[j]
		if w.kind == text.Punct {
			if isQuote(w.text) {
				j--
				continue
			}
			if (w.text == "," || w.text == "–" || w.text == "-") && j > 0 && (s.w[j-1].upper || s.w[j-1].text == ")" || s.argCovering(j-1) >= 0) {
				if c, p, ok := s.npCaseLeft(j - 1); ok {
					a.cases, a.prep, a.appos = c, p, j
				}
			}
			return
		}
		if skippedNoun && skippedTime && (lex.preps[w.low] || fusedPrep[w.low] != "") {
			return // am Montag Vera Lenz: the preposition belongs to the noun
		}
		if p, ok := fusedPrep[w.low]; ok && (!w.upper || j == 0) {
			a.prep = p
			a.cases = lex.dets[w.low]
			a.cueTok = j
			return
		}
		if c, ok := lex.dets[w.low]; ok && !w.upper || ok && j == 0 {
			a.cases = c
			a.cueTok = j
			if w.low == "der" && s.feminineHead(j+1, a.t1) {
				a.cases &^= cNom // der Ministerin, der Organisation: dative or genitive
			}
			// mit dem Sprecher des Parlaments, dem Abgeordneten X: an
			// apposition with its own article takes the case and preposition
			// of the noun phrase before the comma when the cases agree
			if j > 1 && s.w[j-1].text == "," && s.w[j-2].kind == text.Word && s.w[j-2].upper && s.argCovering(j-2) < 0 {
				if c2, p, ok := s.npCaseLeft(j - 2); ok && p != "" && c2&a.cases != 0 {
					a.cases, a.prep, a.appos = c2&a.cases, p, j-1
					return
				}
			}
			if j > 0 && lex.preps[s.w[j-1].low] && !s.w[j-1].upper {
				a.prep = normPrep(s.w[j-1].low)
			} else if (c&cGen) != 0 && c&cAcc == 0 && j > 0 && s.w[j-1].kind == text.Word && s.w[j-1].upper && s.argCovering(j-1) < 0 && !isTimeNoun(s.w[j-1].low) {
				a.gen = true // Mitteilung der OVKS
			} else if c == cGen {
				a.gen = true
			}
			return
		}
		if w.low == "um" && j >= 2 && lex.collective[s.w[j-1].low] {
			// die Opposition um X: X stands for the group
			if c, ok := lex.dets[s.w[j-2].low]; ok {
				a.cases, a.cueTok = c, j-2
				return
			}
		}
		if lex.preps[w.low] && (!w.upper || j == 0) {
			a.prep = normPrep(w.low)
			a.cueTok = j
			return
		}
		if adjLike(w) || strings.HasPrefix(w.low, "ex-") || w.low == "ganz" {
			if j > 0 && s.w[j-1].kind == text.Word && s.w[j-1].upper && finiteHit(w) {
				return // In seiner Rede kritisierte X: a finite verb after a noun, no adjective
			}
			j--
			continue
		}
		if w.upper && isDemonym(w.low) && (s.argCovering(j) < 0 || s.args[s.argCovering(j)].mod) {
			j-- // im Kiewer Vorort Butscha: a capitalised city adjective
			continue
		}
		if cov := s.argCovering(j); w.kind == text.Word && w.upper && !skippedNoun && (cov < 0 || s.args[cov].partial && s.isRoleTok(j)) && !lex.orgDesc[w.low] {
			skippedNoun = true
			skippedTime = isTimeNoun(w.low)
			j--
			continue
		}
		return
	}
}

// npCaseLeft walks left over the noun phrase that ends at token j and
// returns the case of its outermost determiner (for appositions).
func (s *sent) npCaseLeft(j int) (caseSet, string, bool) {
	var c caseSet
	prep := ""
	found := false
	for ; j >= 0; j-- {
		w := &s.w[j]
		if w.kind == text.Punct {
			if isQuote(w.text) || w.text == "(" || w.text == ")" {
				continue
			}
			break
		}
		if p, ok := fusedPrep[w.low]; ok {
			c, prep, found = lex.dets[w.low], p, true
			break
		}
		if d, ok := lex.dets[w.low]; ok && (!w.upper || j == 0) {
			c, found = d, true
			if j > 0 && lex.preps[s.w[j-1].low] {
				prep = normPrep(s.w[j-1].low)
				break
			}
			continue
		}
		if lex.preps[w.low] && !w.upper {
			// a genitive or PP inside the phrase (Experte beim Center, Sekretär des Rates)
			if found {
				break
			}
			continue
		}
		if w.upper || adjLike(w) {
			continue
		}
		break
	}
	return c, prep, found
}

// groupArgs links coordinated mentions (A, B und C) and lets later
// conjuncts inherit the case cue of the first.
func (s *sent) groupArgs() {
	g := 0
	for i := range s.args {
		if p := s.conjunctBefore(i); p >= 0 {
			s.args[i].group = s.args[p].group
			if s.args[i].prep == "" && s.args[i].cases == cAll && !s.args[i].gen {
				s.args[i].prep = s.args[p].prep
				s.args[i].cases = s.args[p].cases
				s.args[i].gen = s.args[p].gen && !s.args[p].pregen
			} else if s.args[i].prep == "" && s.args[p].prep != "" {
				s.args[i].prep = s.args[p].prep // an Russland und die Türkei
			}
			continue
		}
		s.args[i].group = g
		g++
	}
}

// conjunctBefore is the mention that mention i is coordinated with, or -1:
// the one before it, or the one before the state modifiers of i's role
// noun (X und der palästinensische Präsident Y, X und US-Präsident Y).
func (s *sent) conjunctBefore(i int) int {
	if i == 0 {
		return -1
	}
	if s.coordinated(i-1, i) {
		return i - 1
	}
	j := i - 1
	for j >= 0 && (s.args[j].mod || s.args[j].partial) && !s.args[j].virtual {
		j--
	}
	if j < 0 || j == i-1 || s.args[i].typ != newsgraph.Person || s.args[j].typ != newsgraph.Person {
		return -1
	}
	if s.coordinated(j, i) {
		return j
	}
	return -1
}

func (s *sent) coordinated(a, b int) bool {
	A, B := &s.args[a], &s.args[b]
	if A.virtual || B.virtual || A.partial || B.partial || A.mod || B.mod || A.t1 > B.t0 {
		return false
	}
	if A.typ != B.typ && !(isActor(A.typ) && isActor(B.typ)) {
		return false
	}
	sawLink, linkWord := false, false
	for k := A.t1; k < B.t0; k++ {
		w := &s.w[k]
		switch {
		case w.text == ",":
			sawLink = true
		case w.kind == text.Word && (w.low == "und" || w.low == "oder" || w.low == "sowie" || w.low == "bzw." || w.low == "beziehungsweise"):
			sawLink, linkWord = true, true
		case w.low == "als" && k+1 < B.t0 && s.w[k+1].low == "auch":
			// sowohl X als auch Y
		case w.low == "auch" && k > A.t1 && s.w[k-1].low == "als":
			sawLink, linkWord = true, true
		case isQuote(w.text):
		case linkWord && (lex.dets[w.low] != 0 && !w.upper || adjLike(w) || w.upper && k == B.t0-1 && s.isRoleTok(k)):
			// und die (benachbarte) Türkei, und Präsident X
		default:
			return false
		}
	}
	return sawLink
}

func isActor(t newsgraph.EntityType) bool {
	return t == newsgraph.State || t == newsgraph.Organization
}

// segments splits the sentence at clause punctuation.
func (s *sent) segments() [][2]int {
	var segs [][2]int
	start := 0
	for i := range s.w {
		w := &s.w[i]
		if w.kind == text.Punct && isBoundary(w.text) {
			if i > start {
				segs = append(segs, [2]int{start, i})
			}
			start = i + 1
		}
	}
	if start < len(s.w) {
		segs = append(segs, [2]int{start, len(s.w)})
	}
	return segs
}

func (s *sent) isFinite(i int) bool {
	w := &s.w[i]
	if w.fin == 0 {
		w.fin = 2
		if s.finite(i) {
			w.fin = 1
		}
	}
	return w.fin == 1
}

func (s *sent) finite(i int) bool {
	w := &s.w[i]
	if w.kind != text.Word || w.upper && i > 0 {
		return false
	}
	if w.attr {
		return false
	}
	if lex.aux[w.low] || lex.auxWerden[w.low] && w.low != "worden" && w.low != "geworden" || lex.lassen[w.low] {
		return true
	}
	for _, h := range w.hits {
		if h.kind&(fFinite|fSepFinite) != 0 {
			return true
		}
	}
	return false
}

func (s *sent) isVerb(i int) bool {
	w := &s.w[i]
	if s.isFinite(i) || w.low == "worden" || w.low == "geworden" {
		return true
	}
	return len(w.hits) > 0 && !w.attr
}

// firstWord returns the first word token of a segment, skipping quotes.
func (s *sent) firstWord(seg [2]int) int {
	for i := seg[0]; i < seg[1]; i++ {
		if s.w[i].kind != text.Punct {
			return i
		}
	}
	return -1
}

// lastWord returns the last word token of a segment.
func (s *sent) lastWord(seg [2]int) int {
	for i := seg[1] - 1; i >= seg[0]; i-- {
		if s.w[i].kind != text.Punct {
			return i
		}
	}
	return -1
}

// verbFinal reports whether the clause starting at segment k ends in a
// finite verb: the first segment from k on that holds a verb must end with
// a finite one.
func (s *sent) verbFinal(segs [][2]int, k int) bool {
	for ; k < len(segs); k++ {
		lw := s.lastWord(segs[k])
		hasVerb := lw >= 0 && s.unknownVerbLike(lw)
		for i := segs[k][0]; i < segs[k][1]; i++ {
			if s.isVerb(i) {
				hasVerb = true
			}
		}
		if !hasVerb {
			continue
		}
		return lw >= 0 && (s.isFinite(lw) || s.unknownVerbLike(lw))
	}
	return false
}

// unknownVerbLike guesses that a clause-final lower-case word outside the
// lexicon is a finite verb (richten, trifft).
func (s *sent) unknownVerbLike(i int) bool {
	w := &s.w[i]
	if w.kind != text.Word || w.upper || len(w.hits) > 0 || lex.preps[w.low] || lex.dets[w.low] != 0 {
		return false
	}
	return strings.HasSuffix(w.low, "t") || strings.HasSuffix(w.low, "en") || strings.HasSuffix(w.low, "te") || strings.HasSuffix(w.low, "ten")
}

// opener classifies the start of a segment: clause kind, and for relative
// clauses the case and preposition of the relative pronoun.
func (s *sent) opener(segs [][2]int, k int) (kind int, rc caseSet, rp string, at int) {
	i := s.firstWord(segs[k])
	if i < 0 {
		return clMain, 0, "", -1
	}
	w := &s.w[i]
	if w.low == "und" || w.low == "aber" || w.low == "oder" {
		if i+1 < segs[k][1] {
			i++
			w = &s.w[i]
		}
	}
	if lex.subs[w.low] && !w.upper || lex.subs[w.low] && i == 0 {
		if s.verbFinal(segs, k) && (k > 0 || s.laterFinite(segs, k)) {
			return clSub, 0, "", i
		}
		// Damit dürfte … kommen: a sentence is not only a subordinate clause
		return clMain, 0, "", -1
	}
	if lex.infOpen[w.low] && s.hasZuInf(segs, k) {
		return clInf, 0, "", i
	}
	p := ""
	j := i
	if lex.preps[w.low] && !w.upper && i+1 < segs[k][1] {
		if _, ok := lex.relpron[s.s.Tokens[i+1].Text]; ok {
			p = normPrep(w.low)
			j = i + 1
		}
	}
	rw := &s.w[j]
	c, ok := lex.relpron[rw.text]
	if !ok || k == 0 {
		return clMain, 0, "", -1
	}
	// an article before an adjective or noun starts an apposition, not a clause
	if j+1 < len(s.w) {
		n := &s.w[j+1]
		if adjLike(n) && n.kind != text.Number {
			return clMain, 0, "", -1
		}
		if n.upper && p == "" && s.argAt(j+1) < 0 && !s.isVerb(j+1) {
			if j+2 < len(s.w) && s.isFinite(j+2) {
				return clMain, 0, "", -1
			}
		}
	}
	if !s.verbFinal(segs, k) {
		return clMain, 0, "", -1
	}
	// der Vorsitzende des Rates, …: an article before a noun in a segment
	// without verb starts an apposition
	// (also before a compound naming a body: dem NVP-Abgeordneten X)
	if p == "" && j+1 < segs[k][1] && s.w[j+1].upper && (s.argAt(j+1) < 0 || s.args[s.argAt(j+1)].partial) {
		hasVerb := false
		for i := segs[k][0]; i < segs[k][1]; i++ {
			if s.isVerb(i) {
				hasVerb = true
			}
		}
		if !hasVerb {
			return clMain, 0, "", -1
		}
	}
	return clRel, c, p, j
}

func (s *sent) hasZuInfIn(seg [2]int) bool {
	return s.hasZuInf([][2]int{seg}, 0)
}

func (s *sent) hasZuInf(segs [][2]int, k int) bool {
	for end := k + 4; k < len(segs) && k < end; k++ {
		for i := segs[k][0]; i < segs[k][1]; i++ {
			w := &s.w[i]
			if w.low == "zu" && i+1 < len(s.w) && !s.w[i+1].upper || s.isZuInf(i) {
				return true
			}
			if strings.Contains(w.low, "zu") && len(w.hits) > 0 {
				for _, h := range w.hits {
					if h.kind&fInf != 0 {
						return true
					}
				}
			}
		}
	}
	return false
}

// buildClauses groups segments into clauses. Subordinate, relative and
// infinitive clauses nest: after one closes, the clause it interrupted
// continues.
func (s *sent) buildClauses() {
	s.markAttributive()
	segs := s.segments()
	newClause := func(kind, parent int) int {
		s.clauses = append(s.clauses, s.x.newClause(kind, parent))
		return len(s.clauses) - 1
	}
	addSeg := func(c *clause, seg [2]int) {
		for i := seg[0]; i < seg[1]; i++ {
			c.toks = append(c.toks, i)
		}
	}
	segHas := func(seg [2]int, f func(int) bool) bool {
		for i := seg[0]; i < seg[1]; i++ {
			if f(i) {
				return true
			}
		}
		return false
	}
	mainCur := newClause(clMain, -1)
	cur := mainCur
	var stack []int // clauses interrupted by the current one
	var relToks []int
	for k, seg := range segs {
		kind, rc, rp, at := s.opener(segs, k)
		c := s.clauses[cur]
		bareInf := false
		if kind == clMain && k > 0 && s.bareZuInf(seg) {
			kind, bareInf = clInf, true
		}
		if kind == clRel && s.bracketOpen(s.clauses[mainCur]) && !s.finiteOnlyEnd(segs, k) {
			kind = clMain // den … ausgestatteten Vorsitz entzogen: the main clause goes on
		}
		switch {
		case kind != clMain:
			parent := mainCur
			if c.kind != clMain && c.open {
				parent = cur
			}
			stack = append(stack, cur)
			ni := newClause(kind, parent)
			nc := s.clauses[ni]
			nc.relCases, nc.relPrep = rc, rp
			if kind == clRel {
				relToks = append(relToks, at)
				if rp != "" {
					relToks = append(relToks, at-1)
				}
				nc.antec = s.antecedent(seg[0])
				if nc.antec >= 0 {
					v := s.args[nc.antec]
					v.virtual, v.t0, v.t1, v.cases, v.prep, v.gen, v.pregen, v.partial, v.mod = true, at, at, rc, rp, false, false, false, false
					v.group = -2 - len(s.args)
					s.args = append(s.args, v)
				}
			}
			addSeg(nc, seg)
			// a bare zu-infinitive states what someone should do, unless a
			// decision governs it (beschlossen, Sanktionen zu verhängen)
			nc.unasserted = bareInf && !s.hasWord(parent, func(l string) bool { return lex.decide[l] })
			if kind == clInf {
				nc.open = !s.hasZuInfIn(seg)
			} else {
				nc.open = !segHas(seg, s.isFinite)
			}
			cur = ni
		case c.kind != clMain && c.open:
			addSeg(c, seg)
			if c.kind == clInf && s.hasZuInfIn(seg) || c.kind != clInf && segHas(seg, s.isFinite) {
				c.open = false
			}
		case c.kind != clMain:
			// the subordinate clause is closed: back to the one it interrupted
			for len(stack) > 0 {
				cur = stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if s.clauses[cur].kind == clMain || s.clauses[cur].open {
					break
				}
			}
			pc := s.clauses[cur]
			if pc.kind == clMain && s.clauseHasFinite(pc) && segHas(seg, s.isFinite) && s.segStartsClause(seg, pc) {
				// …, „um … zu normalisieren“, hieß es: a new main clause
				ni := newClause(clMain, -1)
				s.clauses[ni].prevMain = cur
				mainCur, cur = ni, ni
				stack = stack[:0]
				pc = s.clauses[cur]
			}
			addSeg(pc, seg)
			if pc.kind == clInf && s.hasZuInfIn(seg) || pc.kind != clInf && pc.kind != clMain && segHas(seg, s.isFinite) {
				pc.open = false
			}
		case !segHas(seg, s.isVerb):
			addSeg(c, seg)
		default:
			if s.clauseHasFinite(c) && s.segStartsClause(seg, c) {
				ni := newClause(clMain, -1)
				s.clauses[ni].prevMain = cur
				mainCur, cur = ni, ni
				stack = stack[:0]
			}
			addSeg(s.clauses[cur], seg)
		}
	}
	s.splitCoordinatedVerbs()
	if cap(s.x.cobuf) < len(s.w) {
		s.x.cobuf = make([]int, 2*len(s.w))
	}
	s.clauseOf = s.x.cobuf[:len(s.w)]
	for i := range s.clauseOf {
		s.clauseOf[i] = -1
	}
	for ci, c := range s.clauses {
		for _, t := range c.toks {
			s.clauseOf[t] = ci
		}
		c.finite = -1
		for _, t := range c.toks {
			if s.isFinite(t) {
				c.finite = t
				break
			}
		}
		for _, t := range c.toks {
			if s.isSpeech(t) {
				c.speech = true
			}
		}
	}
	// a relative pronoun is no article of the mention after it, and an
	// apposition does not reach across a clause boundary
	for k := range s.args {
		a := &s.args[k]
		if !a.virtual && a.cueTok >= 0 && contains(relToks, a.cueTok) {
			a.cases, a.prep, a.gen, a.cueTok = cAll, "", false, -1
		}
		if !a.virtual && a.appos > 0 && s.clauseOf[a.appos-1] != s.clauseOf[a.t0] {
			a.cases, a.prep, a.appos = cAll, "", 0
		}
	}
	s.markSources()
	s.index()
}

// bracketOpen reports whether a main clause has a finite auxiliary whose
// participle or infinitive has not come yet (hatte … — … entzogen).
func (s *sent) bracketOpen(c *clause) bool {
	aux := -1
	for _, t := range c.toks {
		l := s.w[t].low
		if lex.aux[l] || lex.auxWerden[l] || lex.lassen[l] {
			aux = t
			break
		}
		if s.isFinite(t) {
			return false
		}
	}
	if aux < 0 {
		return false
	}
	for _, t := range c.toks {
		if t > aux && s.isVerb(t) && !s.isFinite(t) {
			return false
		}
	}
	return true
}

// finiteOnlyEnd reports whether the clause starting at segment k ends in a
// verb that can only be finite (hatte, ist, grenzt), not a participle or
// infinitive.
func (s *sent) finiteOnlyEnd(segs [][2]int, k int) bool {
	for ; k < len(segs); k++ {
		lw := s.lastWord(segs[k])
		if lw >= 0 && s.unknownVerbLike(lw) && !strings.HasPrefix(s.w[lw].low, "ge") {
			return true // befreit, richten: a verb outside the lexicon, read as finite
		}
		if lw < 0 || !s.isVerb(lw) {
			continue
		}
		w := &s.w[lw]
		if lex.aux[w.low] || lex.auxWerden[w.low] || lex.lassen[w.low] {
			return true
		}
		for _, h := range w.hits {
			if h.kind&(fPart|fInf) != 0 {
				return false
			}
		}
		return true
	}
	return false
}

// segStartsClause reports whether a segment with a finite verb that follows
// a main clause with its own finite verb starts a new main clause. It does
// not when its verbs can be participles or infinitives closing the clause
// (hatte … ausgeweitet, eine Operation verkündet und …).
func (s *sent) segStartsClause(seg [2]int, c *clause) bool {
	auxFinite := false
	for _, t := range c.toks {
		l := s.w[t].low
		if lex.aux[l] || lex.auxWerden[l] || lex.lassen[l] {
			auxFinite = true
			break
		}
		if s.isFinite(t) {
			break
		}
	}
	for i := seg[0]; i < seg[1]; i++ {
		if !s.isFinite(i) {
			continue
		}
		if !auxFinite {
			return true
		}
		nonFinite := false
		for _, h := range s.w[i].hits {
			if h.kind&(fPart|fInf) != 0 {
				nonFinite = true
			}
		}
		end := i+1 >= seg[1] || s.w[i+1].kind == text.Punct || s.w[i+1].low == "und" || s.w[i+1].low == "oder"
		if !(nonFinite && end) {
			return true
		}
	}
	return false
}

// markSources marks mentions that only name a source (X zufolge, laut X):
// they are no arguments of the clause.
func (s *sent) markSources() {
	for i := range s.w {
		if s.w[i].low != "zufolge" {
			continue
		}
		for k := range s.args {
			a := &s.args[k]
			if a.virtual || a.t1 > i || s.clauseOf[a.t0] != s.clauseOf[i] {
				continue
			}
			between := false
			for t := a.t1; t < i; t++ {
				if s.isFinite(t) {
					between = true
				}
			}
			if !between {
				a.mod = true
			}
		}
	}
}

func (s *sent) clauseHasFinite(c *clause) bool {
	for _, t := range c.toks {
		if s.isFinite(t) {
			return true
		}
	}
	return false
}

// splitCoordinatedVerbs splits a main clause at "und/oder" directly
// followed by a finite verb (… verhängte X und bat Y …).
func (s *sent) splitCoordinatedVerbs() {
	for ci := 0; ci < len(s.clauses); ci++ {
		c := s.clauses[ci]
		if c.kind != clMain {
			continue
		}
		seenFinite := false
		for k, t := range c.toks {
			if s.isFinite(t) {
				seenFinite = true
			}
			w := &s.w[t]
			if !seenFinite || k+1 >= len(c.toks) || !(w.low == "und" || w.low == "oder" || w.low == "sowie") {
				continue
			}
			nx := c.toks[k+1]
			if nx != t+1 || !s.isFinite(nx) {
				continue
			}
			nc := &clause{kind: clMain, parent: -1, prevMain: ci, finite: -1, antec: -1}
			nc.toks = append([]int(nil), c.toks[k+1:]...)
			c.toks = c.toks[:k]
			s.clauses = append(s.clauses, nc)
			break
		}
	}
}

// antecedent is the mention a relative pronoun at token i refers to: the
// last one before the comma.
func (s *sent) antecedent(i int) int {
	best := -1
	for k := range s.args {
		a := &s.args[k]
		if a.virtual || a.t1 > i {
			continue
		}
		if i-a.t1 > 3 {
			continue
		}
		// only punctuation between mention and pronoun
		ok := true
		for t := a.t1; t < i; t++ {
			if s.w[t].kind != text.Punct {
				ok = false
			}
		}
		if ok {
			best = k
		}
	}
	return best
}

// markAttributive marks participles used as adjectives after a von-phrase
// (ein von Russland geführtes Bündnis, die von Moskau dominierte OVKS).
func (s *sent) markAttributive() {
	for i := range s.w {
		w := &s.w[i]
		w.fin = 0
		isAttr, isPart := false, false
		for _, h := range w.hits {
			if h.kind&fAttr != 0 {
				isAttr = true
			}
			if h.kind&fPart != 0 {
				isPart = true
			}
		}
		if !isAttr && !isPart {
			continue
		}
		if i+1 >= len(s.w) || !(s.w[i+1].upper || adjLike(&s.w[i+1])) || s.w[i+1].kind != text.Word {
			continue
		}
		if !isAttr && !(i > 0 && adjLike(&s.w[i-1])) {
			// a bare participle before a noun: only after von X
		}
		// von X directly before
		for j := i - 1; j >= 0 && j >= i-9; j-- {
			if s.w[j].upper && !s.mentionCovers(j) && j >= 2 && lex.preps[s.w[j-1].low] && s.w[j-1].low != "von" && s.w[j-1].low != "durch" {
				j-- // der von X wegen Y gesuchte Z: a prepositional phrase inside
				continue
			}
			if s.w[j].low == "von" || s.w[j].low == "vom" || s.w[j].low == "durch" {
				// … only when an article or adjective opens the phrase (die
				// von X geführte Y); after a noun, von X belongs to it (die
				// Regierung von X kritisierte Y)
				if j == 0 || !s.w[j-1].upper || s.w[j-1].kind != text.Word || lex.dets[s.w[j-1].low] != 0 {
					w.attr = true
				}
				break
			}
			if s.w[j].attr || s.w[j].upper && !s.mentionCovers(j) {
				break // von X geführte Y kritisierten: the participle before the noun takes the von-phrase
			}
		}
		if !w.attr && isAttr && i > 0 {
			if _, ok := lex.dets[s.w[i-1].low]; ok {
				w.attr = true // der festgenommene X
			}
		}
	}
}

func (s *sent) isSpeech(t int) bool {
	w := &s.w[t]
	for _, h := range w.hits {
		if lex.frames[h.frame].rel == "say" {
			return true
		}
	}
	return false
}

func (s *sent) inClause(ci, t int) bool {
	if t < 0 || t >= len(s.clauseOf) {
		return false
	}
	return s.clauseOf[t] == ci
}

// argsIn lists the arg indices of clause ci in text order (virtual args at
// their pronoun).
func (s *sent) argsIn(ci int) []int {
	out := s.argsInUnsorted(ci)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && s.args[out[j]].t0 < s.args[out[j-1]].t0; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func (s *sent) argsInUnsorted(ci int) []int {
	var out []int
	for k := range s.args {
		a := &s.args[k]
		if a.virtual {
			if s.inClause(ci, a.t0) {
				out = append(out, k)
			}
			continue
		}
		if s.inClause(ci, a.t0) {
			out = append(out, k)
		}
	}
	return out
}

func (s *sent) nomCandidate(k int) bool {
	a := &s.args[k]
	return !a.gen && (!a.partial || a.collective) && !a.mod && (a.prep == "" || a.prep == "neben") && a.cases&cNom != 0
}

// subject finds the subject of clause ci: the nominative mention in the
// Vorfeld of a V2 clause, else the first one after the finite verb; in
// verb-final clauses the first nominative one. It includes coordinated
// mentions and those added with "neben".
func (s *sent) subject(ci int) []int {
	c := s.clauses[ci]
	if c.subjDone {
		return c.subj
	}
	c.subjDone = true
	c.subj = s.subjectExcept(ci, nil)
	return c.subj
}

// subjectExcept is subject with some mentions ruled out (they fill a
// case-marked object slot).
func (s *sent) subjectExcept(ci int, excl []int) []int {
	c := s.clauses[ci]
	as := s.argsIn(ci)
	pick := -1
	if c.kind == clRel {
		for _, k := range as {
			if s.args[k].virtual && s.args[k].prep == "" && s.args[k].cases&cNom != 0 && c.relCases&cNom != 0 && !contains(excl, k) {
				pick = k
				break
			}
		}
	}
	if pick < 0 && c.kind == clMain && c.prevMain >= 0 && c.finite >= 0 && c.finite == c.toks[0] && !c.speech {
		// verhängte das Kriegsrecht (after "X setzte … ab,"): the subject is
		// shared unless a mention is unambiguously nominative, or a person
		// follows the verb directly (…, warnt Rupert Wolff)
		// (after und the verb-first clause has a subject gap: und nahm X fest)
		coord := c.toks[0] > 0 && lex.coord[s.w[c.toks[0]-1].low]
		for _, k := range as {
			a := &s.args[k]
			if s.nomCandidate(k) && !contains(excl, k) && (a.cases == cNom || !coord && a.t0 == c.finite+1 && a.typ == newsgraph.Person && a.cases&cNom != 0) {
				pick = k
				break
			}
		}
		if pick < 0 {
			return s.subject(c.prevMain)
		}
	}
	if pick < 0 && c.kind != clInf {
		for _, k := range as {
			a := &s.args[k]
			if a.prep == "neben" || !s.nomCandidate(k) || contains(excl, k) {
				continue
			}
			if a.virtual {
				continue
			}
			if c.kind == clMain && c.finite >= 0 && a.t0 > c.finite && (s.vorfeldNominalSubject(ci) || s.midfieldNominalSubject(ci)) {
				break // Der ÖVP-Politiker kritisierte X: the subject is no entity
			}
			pick = k
			break
		}
	}
	if pick < 0 {
		switch {
		case c.kind == clInf && c.parent >= 0:
			sub := s.subject(c.parent)
			if len(sub) == 0 {
				for _, k := range s.argsIn(c.parent) {
					if s.args[k].cases == cDat && s.args[k].prep == "" {
						return []int{k}
					}
				}
			}
			return sub
		case c.kind == clMain && c.prevMain >= 0 && c.finite >= 0 && c.finite == c.toks[0]:
			return s.subject(c.prevMain)
		}
		var out []int
		for _, k := range as {
			if s.args[k].prep == "neben" && !contains(excl, k) {
				out = append(out, k)
			}
		}
		return out
	}
	out := []int{pick}
	for _, k := range as {
		if k != pick && s.args[k].group == s.args[pick].group {
			out = append(out, k)
		}
	}
	if a := &s.args[pick]; a.virtual && c.antec >= 0 && c.finite >= 0 && strings.HasSuffix(s.w[c.finite].low, "en") {
		// Polen und Litauen, die der Nato angehören: a plural verb takes
		// the whole coordinated antecedent
		for _, k := range s.groupOf(c.antec) {
			if k != c.antec && !contains(out, k) {
				out = append(out, k)
			}
		}
	}
	for _, k := range as {
		if s.args[k].prep == "neben" {
			out = append(out, k)
		}
	}
	return out
}

// groupOf returns k and the mentions coordinated with it.
func (s *sent) groupOf(k int) []int {
	out := []int{k}
	g := s.args[k].group
	for j := range s.args {
		if j != k && s.args[j].group == g && !s.args[j].virtual {
			out = append(out, j)
		}
	}
	return out
}

// hasWord reports whether clause ci holds a token whose lower-case text
// satisfies f.
func (s *sent) hasWord(ci int, f func(string) bool) bool {
	for _, t := range s.clauses[ci].toks {
		if s.w[t].kind == text.Word && f(s.w[t].low) {
			return true
		}
	}
	return false
}

func isTroopWord(low string) bool {
	if lex.troops[low] {
		return true
	}
	// (a slice, not a walk over the map: this is asked of many words)
	for _, t := range lex.troopTails {
		if len(low) > len(t) && strings.HasSuffix(low, t) {
			return true
		}
	}
	return false
}

// vorfeldNominalSubject reports whether the Vorfeld of main clause ci is a
// noun phrase that can only be the subject and names no entity (Der
// Politiker kritisierte …): then a mention after the verb is an object.
func (s *sent) vorfeldNominalSubject(ci int) bool {
	c := s.clauses[ci]
	first := -1
	genArg := false
	for _, t := range c.toks {
		if t >= c.finite {
			break
		}
		if s.w[t].kind == text.Punct && isQuote(s.w[t].text) || s.dateline > 0 && t <= s.dateline {
			continue // (Minsk (dpa) – Soldaten nahmen …: the dateline is no Vorfeld)
		}
		if first < 0 {
			first = t
		}
		if a := s.argCovering(t); a >= 0 && !s.args[a].mod && !s.args[a].partial && s.args[a].prep == "" {
			if !(s.args[a].gen && !s.args[a].pregen) {
				return false
			}
			genArg = true
		}
	}
	if first < 0 {
		return false
	}
	w := &s.w[first]
	switch w.low {
	case "der", "die", "das", "ein", "eine", "kein", "keine", "diese", "dieses", "dieser":
		if genArg {
			return false // (Der Bitte Serbiens kam X nicht nach: maybe a dative)
		}
	default:
		// Mitglieder der Gruppe X legten Feuer: a genitive attribute is no subject
		return s.bareNominalVorfeld(first, c.finite)
	}
	// a noun must follow within the phrase
	for t := first + 1; t < c.finite; t++ {
		if s.w[t].upper && s.w[t].kind == text.Word {
			return true
		}
	}
	return false
}

// bareNominalVorfeld reports whether tokens [first, fin) are a noun phrase
// without article that can only be a (plural) subject: Soldaten, Mehrere
// Demonstranten, Unbekannte Männer und Frauen. Adverbs, pronouns, time
// phrases and prepositional phrases are not.
func (s *sent) bareNominalVorfeld(first, fin int) bool {
	last := -1
	for t := first; t < fin; t++ {
		w := &s.w[t]
		if w.kind == text.Punct {
			if isQuote(w.text) {
				continue
			}
			return false
		}
		if a := s.argCovering(t); a >= 0 && s.args[a].gen && !s.args[a].pregen && last >= 0 {
			// Mitglieder der Gruppe X: a genitive attribute after the noun
			t = s.args[a].t1 - 1
			continue
		}
		if (w.low == "der" || w.low == "des") && last >= 0 && t+1 < fin {
			continue
		}
		if lex.vorfeldAdverb[w.low] || lex.preps[w.low] || lex.dets[w.low] != 0 || lex.possessive[w.low] || isTimeNoun(w.low) {
			return false
		}
		if _, pron := lex.pronouns[w.low]; pron {
			return false
		}
		switch {
		case w.kind == text.Number:
		case w.low == "und" || w.low == "oder" || w.low == "sowie":
		case w.upper && w.kind == text.Word:
			last = t
		case adjLike(w):
		default:
			return false
		}
	}
	if last < 0 || !s.w[last].upper || len(s.w[last].low) < 4 {
		return false
	}
	// every word is capitalised at the start of a sentence: a lone first
	// word must at least end like a plural noun (Soldaten, Kritiker,
	// Unbekannte), not like an adverb (Deutlich, Offiziell)
	if last == 0 || first == 0 && last == first {
		l := s.w[last].low
		return strings.HasSuffix(l, "en") || strings.HasSuffix(l, "er") || strings.HasSuffix(l, "e") || strings.HasSuffix(l, "n")
	}
	return true
}

// midfieldNominalSubject reports whether the first phrase after the finite
// verb of main clause ci is a nominative noun phrase that names no entity
// while the Vorfeld is adverbial (Am Montag nahm die Polizei X fest): then a
// mention after it is an object, and the agent is unnamed.
func (s *sent) midfieldNominalSubject(ci int) bool {
	c := s.clauses[ci]
	f := c.finite
	if c.kind != clMain || f <= 0 || f+2 >= len(s.w) || !s.inClause(ci, f+1) {
		return false
	}
	first := -1
	for _, t := range c.toks {
		if t >= f {
			break
		}
		if s.dateline > 0 && t <= s.dateline {
			continue
		}
		if first < 0 {
			first = t
		}
		if a := s.argCovering(t); a >= 0 && !s.args[a].mod && !s.args[a].partial && s.args[a].prep == "" {
			return false
		}
	}
	if first < 0 || !(lex.preps[s.w[first].low] || fusedPrep[s.w[first].low] != "" || lex.vorfeldAdverb[s.w[first].low]) {
		return false // the Vorfeld may itself be the subject
	}
	d := &s.w[f+1]
	switch d.low {
	case "die", "das":
	case "der":
		if s.feminineHead(f+2, min(len(s.w), f+5)) {
			return false // der Regierung: dative
		}
	default:
		// In X haben Polizisten den Y festgenommen: a bare plural noun
		// after a plural verb, an object phrase after it
		return d.upper && d.kind == text.Word && s.argCovering(f+1) < 0 && !isTimeNoun(d.low) && !lex.vorfeldAdverb[d.low] &&
			strings.HasSuffix(s.w[f].low, "en") && s.inClause(ci, f+2) && lex.dets[s.w[f+2].low] != 0 && !s.w[f+2].upper
	}
	for t := f + 2; t < len(s.w) && t <= f+4 && s.inClause(ci, t); t++ {
		w := &s.w[t]
		if s.argCovering(t) >= 0 {
			return false
		}
		if w.upper && w.kind == text.Word {
			// (die Organisation OECD: a noun with its name names the entity)
			return !isTimeNoun(w.low) && !s.mentionCovers(t+1)
		}
		if !adjLike(w) {
			return false
		}
	}
	return false
}

// bareZuInf reports whether a segment is an infinitive clause without
// opener: its only verb is a zu-infinitive at its end (…, den Minister zu
// entlassen).
func (s *sent) bareZuInf(seg [2]int) bool {
	lw := s.lastWord(seg)
	if lw < 0 {
		return false
	}
	zu := lw > seg[0] && s.w[lw-1].low == "zu" || s.isZuInf(lw)
	if !zu {
		return false
	}
	for i := seg[0]; i < lw-1; i++ {
		if s.isFinite(i) {
			return false
		}
	}
	return true
}

// isTimeNoun reports whether a noun names a time (am Montag, im Jahr): a
// name after it is not governed by its preposition.
func isTimeNoun(low string) bool {
	if _, ok := weekday(low); ok {
		return true
	}
	return lex.months[low] > 0 || lex.timeNouns[low]
}

// isZuInf reports whether token i is an infinitive with zu inside
// (festzunehmen, vorzubereiten), known to the lexicon or not.
func (s *sent) isZuInf(i int) bool {
	w := &s.w[i]
	if w.kind != text.Word || w.upper || !strings.HasSuffix(w.low, "en") {
		return false
	}
	k := strings.Index(w.low, "zu")
	if k <= 0 || len(w.low)-k < 5 {
		return false
	}
	return lex.sepParticles[w.low[:k]]
}

// laterFinite reports whether a segment after the verb-final clause that
// starts at segment k holds a finite verb (the main clause).
func (s *sent) laterFinite(segs [][2]int, k int) bool {
	seen := false
	for ; k < len(segs); k++ {
		for i := segs[k][0]; i < segs[k][1]; i++ {
			if s.isFinite(i) || s.unknownVerbLike(i) && i == s.lastWord(segs[k]) {
				if seen {
					return true
				}
				seen = true
				break
			}
		}
	}
	return false
}

// feminineHead reports whether the first noun in tokens [from, to) has a
// feminine form (Ministerin, Organisation, Regierung), so that a "der"
// before it cannot be nominative.
func (s *sent) feminineHead(from, to int) bool {
	for t := from; t < to && t < len(s.w); t++ {
		w := &s.w[t]
		if w.kind != text.Word || !w.upper {
			continue
		}
		low := w.low
		if i := strings.LastIndexByte(low, '-'); i >= 0 {
			low = low[i+1:]
		}
		if _, _, ok := matchRole(low); ok {
			return strings.HasSuffix(low, "in") && !strings.HasSuffix(low, "ein")
		}
		for _, suf := range lex.feminineSuffixes {
			if strings.HasSuffix(low, suf) {
				return true
			}
		}
		return false
	}
	return false
}

// newClause hands out a clause, recycling those of earlier sentences (a
// sentence's clauses are not used after it is done).
func (x *docExtractor) newClause(kind, parent int) *clause {
	var c *clause
	if x.cused < len(x.cpool) {
		c = x.cpool[x.cused]
		toks := c.toks[:0]
		*c = clause{toks: toks}
	} else {
		c = &clause{}
		x.cpool = append(x.cpool, c)
	}
	x.cused++
	c.kind, c.parent, c.prevMain, c.finite, c.antec = kind, parent, -1, -1, -1
	return c
}

// describedStates adds an argument where a state organ or the armed
// forces are named without a name of their own: the article's army or junta
// for military nouns (die Soldaten, die Armeeführung, Soldaten nahmen X
// fest) when the article names one, else the article's main state (die
// Behörden nahmen X fest, das Militär des Landes): in an article about one
// state its organs act for it. Only when one state clearly dominates the
// article; never when the noun has a state or name of its own (die
// Polizei in Berlin, die Regierung Russlands, die russische Armee).
func (s *sent) describedStates() {
	st := s.x.clearTopic()
	if st < 0 {
		return // an article about several states: whose organ is meant is open
	}
	army := s.x.armyOrg()
	n := len(s.args)
	for t := 0; t < len(s.w); t++ {
		w := &s.w[t]
		if !w.upper || w.kind != text.Word || len(w.low) < 3 || !lex.organEndBits.has(w.low[len(w.low)-3:]) {
			continue
		}
		military := lex.military(w.low)
		if !military && !lex.authority[w.low] && !lex.stateDesc[w.low] {
			continue
		}
		e := st
		if military && army >= 0 {
			e = army
		}
		if e < 0 {
			continue
		}
		covered := false
		for k := 0; k < n; k++ {
			if s.args[k].t0 <= t+2 && t < s.args[k].t1 || s.args[k].t1 == t {
				covered = true // part of a mention, or a mention right before or after it
				break
			}
		}
		if covered {
			continue
		}
		// a determiner before it, across adjectives that are no state
		// adjective; a military plural may also open a clause bare
		j := t - 1
		for j > 0 && adjLike(&s.w[j]) && s.w[j].kind == text.Word && !isDemonym(s.w[j].low) && !lex.nationAdj(s.w[j].low) {
			j--
		}
		bare := military && (t == 0 || j >= 0 && (s.w[j].kind == text.Punct && !isQuote(s.w[j].text) || s.w[j].low == "und") && (j == t-1 || j == 0))
		if t == 0 && !bare {
			continue
		}
		if !bare {
			d := s.w[j].low
			if s.w[j].upper && j > 0 || lex.dets[d] == 0 || lex.possessive[d] || d == "ein" || d == "eine" || d == "einer" || d == "einem" || d == "einen" || d == "eines" {
				continue
			}
		}
		end := t + 1
		if g := s.genitiveStateDesc(t + 1); g > 0 && e == st {
			end = g // das Militär des (isolierten) Landes: one phrase for the state
		} else if t+1 < len(s.w) && (s.w[t+1].upper && s.w[t+1].kind == text.Word && s.mentionCovers(t+1) || lex.dets[s.w[t+1].low]&cGen != 0 && s.w[t+1].low != "die") {
			continue // die Regierung Merkel, die Führung der Partei: someone else's organ
		}
		ent := &s.x.ents[e]
		s.args = append(s.args, arg{ent: e, key: ent.Key, typ: ent.Type, t0: t, t1: end, coref: true, group: -1, cueTok: -1, described: true})
		t = end - 1
	}
}

// genitiveStateDesc returns the end of "des (adjectives) Landes" starting
// at token i, or 0.
func (s *sent) genitiveStateDesc(i int) int {
	if i >= len(s.w) || s.w[i].low != "des" {
		return 0
	}
	for j := i + 1; j < len(s.w) && j <= i+4; j++ {
		w := &s.w[j]
		if w.upper {
			if lex.stateDesc[w.low] {
				return j + 1
			}
			return 0
		}
		if w.kind != text.Word || s.argCovering(j) >= 0 {
			return 0
		}
	}
	return 0
}

// mentionCovers reports whether a mention of this sentence covers token i
// (usable while args are being built).
func (s *sent) mentionCovers(i int) bool {
	for _, m := range s.x.bySent[s.idx] {
		if m.span.Start <= s.w[i].start && s.w[i].end <= m.span.End {
			return true
		}
	}
	return false
}

// datelineEnd returns the token after a dateline that opens the sentence
// (Naypyidaw/Bangkok (AFP) –): names, slashes and a bracketed agency up to
// a dash within the first ten tokens, or after a name labelling a headline
// (Myanmar: …); else 0.
func (s *sent) datelineEnd() int {
	// Myanmar: Junta klagt … an: a headline's topic label
	if len(s.w) > 3 && s.w[0].upper && s.mentionCovers(0) {
		for i := 1; i < len(s.w) && i < 4; i++ {
			if s.w[i].text == ":" {
				if i+1 < len(s.w) && s.w[i+1].upper {
					return i
				}
				break
			}
			if !s.mentionCovers(i) {
				break
			}
		}
	}
	for i := 0; i < len(s.w) && i < 10; i++ {
		w := &s.w[i]
		switch {
		case i > 0 && (w.text == "–" || w.text == "—" || w.text == "-"):
			return i
		case w.text == "/" || w.text == "(" || w.text == ")" || w.text == ",":
		case w.kind == text.Word && w.upper && s.mentionCovers(i):
		case w.kind == text.Word && i > 0 && s.w[i-1].text == "(":
			// an agency in brackets (dpa, AFP, Reuters)
		default:
			return 0
		}
	}
	return 0
}

// describedAges adds the person an age description refers to (der
// 44-Jährige, dem 67-Jährigen): agency style names a person and then calls
// them by their age in a later sentence; the person is the last one
// mentioned in the two sentences before.
func (s *sent) describedAges() {
	n := len(s.args)
	for t := 1; t < len(s.w); t++ {
		w := &s.w[t]
		if w.kind != text.Word && w.kind != text.Number || !ageNoun(w.low) || !strings.Contains(w.text, "-J") || lex.dets[s.w[t-1].low] == 0 {
			continue // (die 28-jährige Italienerin: an adjective, not the noun)
		}
		covered := false
		for k := 0; k < n; k++ {
			if s.args[k].t0 <= t && t < s.args[k].t1 {
				covered = true
			}
		}
		if covered {
			continue
		}
		best := s.lastPersonBefore(s.s.Start)
		if best < 0 {
			continue
		}
		e := &s.x.ents[best]
		s.args = append(s.args, arg{ent: best, key: e.Key, typ: newsgraph.Person, t0: t, t1: t + 1, coref: true, group: -1, cueTok: -1, described: true})
	}
}

// ageNoun reports whether a lower-case word is an age noun (44-jährige,
// 67-jährigen).
func ageNoun(low string) bool {
	if low == "" || low[0] < '0' || low[0] > '9' {
		return false
	}
	i := strings.IndexByte(low, '-')
	if i <= 0 || i > 3 {
		return false
	}
	for _, c := range low[:i] {
		if c < '0' || c > '9' {
			return false
		}
	}
	rest := low[i+1:]
	return rest == "jährige" || rest == "jährigen" || rest == "jähriger"
}

// lowerWord is strings.ToLower with a fast path for the words of German
// text: ASCII and the umlauts Ä, Ö, Ü are lowered byte by byte, anything
// else goes to strings.ToLower. An unchanged word is returned as is.
func lowerWord(w string) string {
	i := 0
	for ; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			break
		}
		if c >= 0x80 {
			if c != 0xc3 || i+1 >= len(w) {
				return strings.ToLower(w)
			}
			if w[i+1] < 0xa0 {
				break // an upper-case Latin-1 letter
			}
			i++ // ä ö ü ß é …: lower already
		}
	}
	if i == len(w) {
		return w
	}
	b := make([]byte, 0, len(w))
	b = append(b, w[:i]...)
	for ; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c < 0x80:
			b = append(b, c)
		case c == 0xc3 && i+1 < len(w) && (w[i+1] == 0x84 || w[i+1] == 0x96 || w[i+1] == 0x9c):
			b = append(b, c, w[i+1]+0x20) // Ä Ö Ü
			i++
		case c == 0xc3 && i+1 < len(w) && w[i+1] >= 0xa0:
			b = append(b, c, w[i+1]) // ä ö ü ß é …: lower already
			i++
		default:
			return strings.ToLower(w)
		}
	}
	// the bytes are never written again: one allocation instead of two
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// describedOrgs adds the organisation a definite common noun refers back to
// when exactly one organisation named earlier in the article has that noun
// in its name (das Gericht after the Internationale Strafgerichtshof, der
// Partei after the Arbeiterpartei): the noun is that organisation's head.
func (s *sent) describedOrgs() {
	n := len(s.args)
	for t := 1; t < len(s.w); t++ {
		w := &s.w[t]
		if !w.upper || w.kind != text.Word || len(w.low) < 3 {
			continue
		}
		d := s.w[t-1].low
		if d != "der" && d != "die" && d != "das" && d != "des" && d != "dem" && d != "den" {
			continue
		}
		if head, ok := lex.bodyNoun[w.low]; ok {
			// das Gremium: the organisation named last before it; der Rat:
			// the last one whose name ends in Rat
			if e := s.lastOrgBefore(w.start, head); e >= 0 && s.argCovering(t) < 0 {
				ent := &s.x.ents[e]
				s.args = append(s.args, arg{ent: e, key: ent.Key, typ: ent.Type, t0: t, t1: t + 1, coref: true, group: -1, cueTok: -1, described: true})
			}
			continue
		}
		stem := strings.TrimSuffix(strings.TrimSuffix(w.low, "es"), "s")
		if len(stem) < 5 {
			continue
		}
		// the organisation look-up first: it rejects most words cheaply
		e := s.x.orgWithHead(stem, w.start)
		if e < 0 || lex.authority[stem] || lex.authority[w.low] || lex.military(w.low) || lex.stateDesc[w.low] || isTimeNoun(w.low) || s.isRoleTok(t) {
			continue
		}
		covered := false
		for k := 0; k < n; k++ {
			if s.args[k].t0 <= t+1 && t < s.args[k].t1 {
				covered = true
			}
		}
		if !covered {
			ent := &s.x.ents[e]
			s.args = append(s.args, arg{ent: e, key: ent.Key, typ: ent.Type, t0: t, t1: t + 1, coref: true, group: -1, cueTok: -1, described: true})
		}
	}
}

// lastOrgBefore is the organisation mentioned last before offset at in
// this sentence or the three before it whose name ends in head (any when
// head is ""), or -1.
func (s *sent) lastOrgBefore(at int, head string) int {
	best, bestStart := -1, -1
	for si := s.idx; si >= 0 && si >= s.idx-3; si-- {
		for _, m := range s.x.bySent[si] {
			if m.typ == newsgraph.Organization && m.span.Start < at && m.span.Start > bestStart &&
				(head == "" || strings.HasSuffix(strings.ToLower(s.x.ents[m.ent].Name), head)) {
				best, bestStart = m.ent, m.span.Start
			}
		}
		if best >= 0 {
			break
		}
	}
	return best
}

// lastPersonBefore is the person mentioned last before offset at in the two
// sentences before this one, or -1.
func (s *sent) lastPersonBefore(at int) int {
	best, bestStart := -1, -1
	for si := s.idx - 1; si >= 0 && si >= s.idx-2; si-- {
		for _, m := range s.x.bySent[si] {
			if m.typ == newsgraph.Person && m.span.Start < at && m.span.Start > bestStart {
				best, bestStart = m.ent, m.span.Start
			}
		}
		if best >= 0 {
			break
		}
	}
	return best
}
