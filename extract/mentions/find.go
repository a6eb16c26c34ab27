// Package mentions finds the named entities of an article — people,
// organisations, states, places and events — from general signals that
// carry over to articles never seen: role nouns, given names, name shapes,
// acronyms and their long forms, a gazetteer of states, capitals and
// international bodies, organisation and event nouns, and a German word list
// that tells common nouns from names. Capitalised words that no list knows
// are names too (unknown.go), typed by their context: a locative
// preposition, a place-name ending, a class noun (Gemeinde X, Konzern X),
// coordination with a known name, the same name elsewhere in the article,
// or by default a person. All knowledge is in embedded data files (data/).
package mentions

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

// Kind says how a mention refers to its entity.
type Kind uint8

// Mention kinds.
const (
	Name        Kind = iota // a proper name: Tokajew, Kasachstan, Almaty
	Acronym                 // OVKS, KNB
	Demonym                 // an adjective standing for a state: russische
	Part                    // a name inside a compound: US in US-Außenamtssprecher
	Description             // a common noun phrase referring back: das Bündnis, der Präsident
	Pronoun                 // er, sie, ihn
)

var kindNames = [...]string{"name", "acronym", "demonym", "part", "description", "pronoun"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Mention is one entity mention with what the resolver needs to know.
// The embedded newsgraph.Mention carries text, span, sentence, type and cue.
type Mention struct {
	newsgraph.Mention
	Kind   Kind
	Canon  string // canonical name from the lexicon (Russland for Kreml), or ""
	Base   string // the form without inflection: Kasachstans → Kasachstan
	Role   string // role noun next to a person (Präsident), lowercase stem
	Office bool   // Role is an office (a holds_office cue)
	Full   bool   // a person's full name (given name + surname)
	First  int    // first token index in the sentence
	Last   int    // one past the last token index
	Head   string // lowercase head noun of a description (bündnis, präsident)
	Owner  string // for descriptions: the state an adjective or genitive ties it to (russische Außenministerium)
}

// Finder finds mentions with a lexicon.
type Finder struct {
	lex          *Lexicon
	unknownNames bool // also report capitalised unknown words as untyped names
}

// New returns a finder using the embedded lexicon.
func New() *Finder { return &Finder{lex: Default()} }

// tokInfo caches per-token facts used by several rules.
type tokInfo struct {
	lower string
	role  *roleInfo // nil: no role noun
	org   *orgHead  // nil: no organisation head
	// flags
	upper, roleDone, orgDone bool
	common, given, nameLike  tristate // cached answers of isCommon, tokGiven, nameLike
	affixWord                tristate // cached answer of affixWord
	orgKind                  uint8
}

// tristate is a cached yes/no answer; the zero value means not yet asked.
// One byte each keeps tokInfo at 40 bytes.
type tristate uint8

const (
	unasked tristate = iota
	no
	yes
)

func answer(b bool) tristate {
	if b {
		return yes
	}
	return no
}

// Organisation head kinds as cached in tokInfo.
var orgKinds = [...]string{"", "inst", "desc", "media", "bare", "named"}

func orgKindCode(k string) uint8 {
	for i, n := range orgKinds {
		if n == k {
			return uint8(i)
		}
	}
	return 0
}

// tokRole is roleOf for token i, cached.
func (f *Finder) tokRole(in []tokInfo, i int) (roleInfo, bool) {
	t := &in[i]
	if !t.roleDone {
		t.roleDone = true
		if t.upper {
			// the given-name test only for role nouns: most words are none
			if r, ok := f.roleOf(t.lower); ok && !f.isGivenLower(t.lower) {
				t.role = f.lex.rolePtr(r.stem)
			}
		}
	}
	if t.role == nil {
		return roleInfo{}, false
	}
	return *t.role, true
}

// tokOrg is orgHeadOf for token i, cached.
func (f *Finder) tokOrg(in []tokInfo, i int) (string, string) {
	t := &in[i]
	if !t.orgDone {
		t.orgDone = true
		if t.upper {
			stem, kind := f.orgHeadOf(t.lower)
			if stem != "" {
				t.org = f.lex.orgPtr(stem)
				t.orgKind = orgKindCode(kind)
			}
		}
	}
	if t.org == nil {
		return "", ""
	}
	return t.org.stem, orgKinds[t.orgKind]
}

// tokGiven is isGiven for token i, cached.
func (f *Finder) tokGiven(s *text.Sentence, in []tokInfo, i int) bool {
	t := &in[i]
	if t.given == unasked {
		t.given = answer(t.upper && f.isGiven(s.Tokens[i].Text) && !f.lex.funcWords[t.lower])
	}
	return t.given == yes
}

// isGivenLower reports whether a lowercased word is a curated given name.
func (f *Finder) isGivenLower(lower string) bool {
	return f.lex.givenLower[lower]
}

// findScratch holds the per-token arrays of one Find call. They are
// recycled through a pool: at 40 bytes a token they were the largest
// allocation of the pipeline.
type findScratch struct {
	info    []tokInfo
	claimed []bool
	infos   [][]tokInfo // info cut per sentence
	claims  [][]bool    // claimed cut per sentence
}

var scratchPool = sync.Pool{New: func() any { return new(findScratch) }}

// getScratch returns zeroed arrays for n tokens in the given number of
// sentences.
func getScratch(n, sentences int) *findScratch {
	sc := scratchPool.Get().(*findScratch)
	if cap(sc.info) < n {
		sc.info, sc.claimed = make([]tokInfo, n), make([]bool, n)
	}
	if cap(sc.infos) < sentences {
		sc.infos, sc.claims = make([][]tokInfo, sentences), make([][]bool, sentences)
	}
	sc.info, sc.claimed = sc.info[:n], sc.claimed[:n]
	sc.infos, sc.claims = sc.infos[:sentences], sc.claims[:sentences]
	return sc
}

// putScratch zeroes what the call used (every element beyond stays zero)
// and returns the arrays to the pool; zeroing also drops the references
// to the article's text.
func putScratch(sc *findScratch) {
	clear(sc.info)
	clear(sc.claimed)
	clear(sc.infos)
	clear(sc.claims)
	scratchPool.Put(sc)
}

// docState is what the finder learns across an article.
type docState struct {
	acronyms map[string]string // acronym → long form seen in "(ACR)"
	// local: acronyms the article defines with a long form that is not the
	// lexicon's (Rapid Support Forces (RSF) is no Reporter ohne Grenzen):
	// for this article the definition wins over the lexicon. Nil until one.
	local map[string]bool
	// placeLike: given names that opened a place name after a class noun
	// (die Stadt Marat Numan), for "in Marat Numan" later; nil until one
	placeLike map[string]bool
	// pendingParts: role compounds whose unknown modifier (Belsat in
	// Belsat-Journalistin) becomes a part once the article names it as an
	// organisation elsewhere
	pendingParts []pendingPart
	surnames     map[string]bool // surnames of persons found by strong cues
	orgNames     map[string]bool // single-token organisation names
}

type pendingPart struct {
	s *text.Sentence
	i int
}

// Find returns the mentions of doc, sentence by sentence, in text order.
func (f *Finder) Find(doc *text.Document) []Mention {
	st := &docState{acronyms: map[string]string{}, surnames: map[string]bool{}, orgNames: map[string]bool{}}
	// one backing array for the whole article, cut per sentence
	n := 0
	for i := range doc.Sentences {
		n += len(doc.Sentences[i].Tokens)
	}
	sc := getScratch(n, len(doc.Sentences))
	defer putScratch(sc)
	allInfo, allClaimed, infos, claimed := sc.info, sc.claimed, sc.infos, sc.claims
	k := 0
	for i := range doc.Sentences {
		sn := &doc.Sentences[i]
		toks := sn.Tokens
		infos[i] = allInfo[k : k+len(toks) : k+len(toks)]
		claimed[i] = allClaimed[k : k+len(toks) : k+len(toks)]
		k += len(toks)
		// one lowercased copy per sentence, sliced per token
		low := lowerSameLength(sn.Text)
		for j, t := range toks {
			infos[i][j].upper = isUpperInitial(t.Text)
			if len(low) == len(sn.Text) && t.Start >= sn.Start && t.End <= sn.End {
				infos[i][j].lower = low[t.Start-sn.Start : t.End-sn.Start]
			} else {
				infos[i][j].lower = lowerASCIIFast(t.Text)
			}
		}
	}
	out := make([]Mention, 0, n/8+4)
	for i := range doc.Sentences {
		out = f.strong(&doc.Sentences[i], infos[i], claimed[i], st, out)
	}
	bareUnion := false
	for _, m := range out {
		switch {
		case m.Type == newsgraph.Person && m.Kind == Name:
			st.surnames[surnameOf(m.Base)] = true
		case m.Type == newsgraph.Organization && (m.Kind == Name || m.Kind == Acronym) && !strings.Contains(m.Base, " "):
			st.orgNames[m.Base] = true
			bareUnion = bareUnion || m.Text == "Union"
		}
	}
	if bareUnion {
		f.shortUnion(out)
	}
	for _, p := range st.pendingParts {
		t := p.s.Tokens[p.i]
		if mod, _, _ := strings.Cut(t.Text, "-"); st.orgNames[mod] {
			m := Mention{
				Mention: newsgraph.Mention{Text: mod, Span: newsgraph.Span{Start: t.Start, End: t.Start + len(mod)},
					Sentence: p.s.Index, Type: newsgraph.Organization, Cue: "compound-part:known-org"},
				Kind: Part, Canon: mod, Base: mod, First: p.i, Last: p.i + 1,
			}
			out = append(out, m)
		}
	}
	strongN, k0 := len(out), 0
	for i := range doc.Sentences {
		// the strong mentions of sentence i: out is in sentence order up to strongN
		k1 := k0
		for k1 < strongN && out[k1].Sentence == doc.Sentences[i].Index {
			k1++
		}
		out = f.weak(&doc.Sentences[i], infos[i], claimed[i], st, out, out[k0:k1:k1])
		k0 = k1
	}
	out = f.documentTypes(doc, infos, claimed, out)
	sortMentions(out)
	nicknames(doc, out)
	return out
}

// nicknames gives a name after "genannt" or "alias" that follows a
// person's name (Mohamed Hamdan Daglo, genannt Hemeti) that person's name
// as its base form, so that both are one person.
func nicknames(doc *text.Document, out []Mention) {
	for k := 1; k < len(out); k++ {
		m := &out[k]
		if m.Type != newsgraph.Person || m.Kind != Name || m.First < 2 {
			continue
		}
		si := sort.Search(len(doc.Sentences), func(i int) bool { return doc.Sentences[i].Index >= m.Sentence })
		if si == len(doc.Sentences) || doc.Sentences[si].Index != m.Sentence {
			continue // title mentions and the like
		}
		s := &doc.Sentences[si]
		if m.First >= len(s.Tokens) {
			continue
		}
		cue := s.Tokens[m.First-1].Text
		if cue != "genannt" && cue != "alias" {
			continue
		}
		end := m.First - 1
		if s.Tokens[end-1].Text == "," || s.Tokens[end-1].Text == "(" {
			end--
		}
		for j := k - 1; j >= 0 && out[j].Sentence == m.Sentence; j-- {
			p := out[j]
			if p.Last == end && p.Type == newsgraph.Person && p.Kind == Name && p.Full {
				m.Base = p.Base
				m.Cue += "+nickname"
				break
			}
		}
	}
}

// isCommon reports (cached) whether token i is a common German word.
func (f *Finder) isCommon(in []tokInfo, i int) bool {
	if in[i].common == unasked {
		in[i].common = answer(f.lex.IsCommonNoun(in[i].lower))
	}
	return in[i].common == yes
}

// lowerASCIIFast lowercases s, avoiding an allocation when it is already lower case.
func lowerASCIIFast(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// lowerSameLength lowercases s rune by rune where the lower-case form has
// the same UTF-8 length (all of German), so byte offsets stay valid; it
// allocates only when s has an upper-case letter.
func lowerSameLength(s string) string {
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			break
		}
		i++
	}
	if i == len(s) {
		return s
	}
	// a Builder hands its buffer out without the copy string([]byte) makes
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		// copy a run of bytes that stay as they are in one go
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf && (s[j] < 'A' || s[j] > 'Z') {
			j++
		}
		b.WriteString(s[i:j])
		if i = j; i == len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c + 'a' - 'A') // A-Z: the run stopped here
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		lr := unicode.ToLower(r)
		if lr != r && utf8.RuneLen(lr) == n {
			b.WriteRune(lr)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

func surnameOf(name string) string {
	return Surname(name)
}

// Surname returns the last word of a person's name without an Arabic
// article (Omar al-Baschir → Baschir), which later mentions drop.
func Surname(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:]
	}
	for _, art := range []string{"al-", "el-", "Al-", "El-", "ad-", "as-", "ar-", "an-", "at-", "az-"} {
		if rest, ok := strings.CutPrefix(name, art); ok && len(rest) >= 3 && isUpperInitial(rest) {
			return rest
		}
	}
	return name
}

func sortMentions(ms []Mention) {
	// insertion sort by start offset: mentions come nearly sorted
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && (ms[j].Span.Start < ms[j-1].Span.Start ||
			ms[j].Span.Start == ms[j-1].Span.Start && ms[j].Span.End > ms[j-1].Span.End); j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// mk builds a mention over tokens [a,b) of s.
func mk(s *text.Sentence, a, b int, t newsgraph.EntityType, k Kind, cue string) Mention {
	start, end := s.Tokens[a].Start, s.Tokens[b-1].End
	return Mention{
		Mention: newsgraph.Mention{
			Text:     s.Text[start-s.Start : end-s.Start],
			Span:     newsgraph.Span{Start: start, End: end},
			Sentence: s.Index,
			Type:     t,
			Cue:      cue,
		},
		Kind:  k,
		First: a,
		Last:  b,
	}
}

// locative prepositions: a city after them is a place, not an actor.
var locatives = map[string]bool{
	"in": true, "im": true, "nach": true, "aus": true, "bei": true, "um": true, "nahe": true,
	"über": true, "durch": true, "zwischen": true, "bis": true, "via": true, "ab": true,
	"vor": true, "hinter": true, "unweit": true, "gen": true, "richtung": true, "nördlich": true,
	"südlich": true, "östlich": true, "westlich": true, "innerhalb": true, "außerhalb": true,
	"stadt": true, "hauptstadt": true,
}

// strongLocatives are the prepositions after which even a name of a
// surname's shape is a place (in Rostow) — unlike "bei Ibrahimović".
var strongLocatives = map[string]bool{"in": true, "im": true, "nach": true, "aus": true}

// weakLocatives also introduce firms and people (bei Google, über Putin):
// after them only a known place is a place.
var weakLocatives = map[string]bool{"bei": true, "um": true, "über": true, "durch": true, "vor": true,
	"hinter": true, "ab": true, "bis": true, "via": true, "zwischen": true, "gen": true}

// articles and determiners before a description.
var determiners = map[string]bool{
	"der": true, "die": true, "das": true, "des": true, "dem": true, "den": true,
	"dieser": true, "diese": true, "dieses": true, "diesem": true, "diesen": true,
	"jener": true, "jene": true, "jenes": true,
}

// name particles inside a full name (Ursula von der Leyen, Abdel Fattah al-Burhan).
var particles = map[string]bool{
	"von": true, "van": true, "de": true, "der": true, "den": true, "al": true, "el": true,
	"bin": true, "ibn": true, "da": true, "di": true, "la": true, "le": true, "dos": true,
	"du": true, "zu": true, "ter": true, "ben": true, "abu": true,
}

// nameParticles may stand between given name and surname.
// foreignParticles open a surname only as a name particle, never as a
// German preposition or article (van der Berg, unlike von der Regierung).
var foreignParticles = map[string]bool{"van": true, "de": true, "da": true, "di": true, "dos": true, "ter": true, "le": true, "la": true}

var nameParticles = map[string]bool{"von": true, "van": true, "de": true, "der": true, "den": true,
	"da": true, "di": true, "la": true, "le": true, "dos": true, "du": true, "zu": true, "ter": true, "del": true}

// pronounSet is pronouns with a cheap filter: description asks it of every token.
var pronounSet = setOf(pronouns)

var pronouns = map[string]bool{
	"er": true, "ihn": true, "ihm": true, "seines": true, "sein": true, "seine": true,
	"seinem": true, "seinen": true, "seiner": true, "sie": true, "ihr": true, "ihre": true,
	"ihrem": true, "ihren": true, "ihrer": true, "ihres": true, "es": true,
}

// strong applies the rules that need no knowledge of the rest of the article.
func (f *Finder) strong(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, out []Mention) []Mention {
	toks := s.Tokens
	// Acronym definitions: "Long Form (ACR)".
	for i := 2; i+1 < len(toks); i++ {
		if toks[i-1].Text == "(" && toks[i+1].Text == ")" && isAllCaps(toks[i].Text) && !f.lex.stop.has(toks[i].Text) {
			if a := f.longForm(s, in, i-1, toks[i].Text); a >= 0 {
				lf := s.Text[toks[a].Start-s.Start : toks[i-2].End-s.Start]
				st.acronyms[toks[i].Text] = lf
				if c := f.lexCanon(toks[i].Text); c != "" && !f.lexiconLongForm(lf, c) {
					if st.local == nil {
						st.local = map[string]bool{}
					}
					st.local[toks[i].Text] = true
				}
			}
		}
	}
	first := len(out)
	defer func() { linkAcronyms(s, out[first:]) }()
	for i := 0; i < len(toks); {
		if !claimed[i] && toks[i].Kind != text.Word && f.lex.other.has(toks[i].Text) {
			out = append(out, mk(s, i, i+1, "", Name, "other:"+toks[i].Text)) // €, $
			claimed[i] = true
		}
		if claimed[i] || toks[i].Kind != text.Word {
			i++
			continue
		}
		if nt := toks[min(i+1, len(toks)-1)].Text; len(nt) == 1 && (nt[0] == '.' || nt[0] == '@') && !in[i].upper && i+2 < len(toks) && toks[i+1].Start == toks[i].End {
			if j := f.address(s, in, i); j > i {
				out = append(out, mk(s, i, j, "", Name, "other:address"))
				for k := i; k < j; k++ {
					claimed[k] = true
				}
				i = j
				continue
			}
		}
		n, ms := f.rules(s, in, claimed, st, i)
		if n == 0 {
			i++
			continue
		}
		for k := i; k < i+n; k++ {
			claimed[k] = true
		}
		out = append(out, ms...)
		i += n
	}
	return out
}

// rules tries the rules in order of precedence at token i and returns the
// first match: how many tokens it consumed and its mentions.
func (f *Finder) rules(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, i int) (int, []Mention) {
	upper := in[i].upper
	if st.local != nil {
		// a long form the article defines goes before the lexicon and club rules
		if n, ms := f.acronymDef(s, in, claimed, st, i); n > 0 && st.local[ms[0].Canon] {
			return n, ms
		}
	}
	if upper {
		if n, ms := f.other(s, in, claimed, st, i); n > 0 {
			return n, ms
		}
		if n, ms := f.club(s, in, claimed, st, i); n > 0 {
			return n, ms
		}
	}
	if upper || f.lex.lowerStarts.has(in[i].lower) {
		if n, ms := f.gazetteer(s, in, claimed, st, i); n > 0 {
			return n, ms
		}
	}
	if upper && len(s.Tokens[i].Text) == 1 && i+1 < len(s.Tokens) && s.Tokens[i+1].Kind == text.Number && len(strings.TrimSuffix(s.Tokens[i+1].Text, ".")) <= 3 &&
		(s.Tokens[i].Text == "A" || s.Tokens[i].Text == "B") {
		// A 7, B 96: a motorway or federal road
		m := mk(s, i, i+2, newsgraph.Place, Name, "road")
		m.Base = m.Text
		return 2, []Mention{m}
	}
	if upper {
		if n, ms := f.compassPlace(s, in, i); n > 0 {
			return n, ms
		}
		if n, ms := f.affixName(s, in, claimed, i); n > 0 {
			return n, ms
		}
		if n, ms := f.siteName(s, in, i); n > 0 {
			return n, ms
		}
	}
	if len(st.acronyms) > 0 {
		if n, ms := f.acronymDef(s, in, claimed, st, i); n > 0 {
			return n, ms
		}
	}
	if n, ms := f.person(s, in, claimed, st, i); n > 0 {
		return n, ms
	}
	if n, ms := f.org(s, in, claimed, st, i); n > 0 {
		return n, ms
	}
	if n, ms := f.event(s, in, claimed, st, i); n > 0 {
		return n, ms
	}
	if n, ms := f.demonym(s, in, claimed, st, i); n > 0 {
		return n, ms
	}
	if n, ms := f.acronym(s, in, claimed, st, i); n > 0 {
		return n, ms
	}
	return f.description(s, in, claimed, st, i)
}

// longForm finds the start of the long form ending before the "(" at
// index open, for acronym acr: the longest run back to a capitalised word
// starting with the acronym's first letter, through lower-case function
// words and adjectives. It returns -1 when none fits.
func (f *Finder) longForm(s *text.Sentence, in []tokInfo, open int, acr string) int {
	first, _ := utf8.DecodeRuneInString(acr)
	best := -1
	for a := open - 1; a >= 0 && open-a <= 9; a-- {
		t := s.Tokens[a]
		if t.Kind != text.Word {
			break
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		if in[a].upper && strings.EqualFold(string(r), string(first)) {
			best = a
		}
		if !in[a].upper && !isLinkWord(in[a].lower) && !isAdjective(in[a].lower) {
			break
		}
	}
	// Kräfte für Freiheit und Wandel (FFC): a translated name keeps its head
	// noun before "für" although the acronym's letters are the original's
	if best >= 2 && in[best-1].lower == "für" && in[best-2].upper && s.Tokens[best-2].Kind == text.Word &&
		!strings.EqualFold(string([]rune(s.Tokens[best-2].Text)[:1]), string(first)) && (best == 2 || determiners[in[best-3].lower]) {
		best -= 2
	}
	// "das nationale Sicherheitskomitee (KNB)": take a lowercase adjective before it.
	if best > 0 && isAdjective(in[best-1].lower) && !in[best-1].upper {
		best--
	}
	if best < 0 && open >= 1 {
		// the acronym of a foreign name: take the organisation noun just before
		if _, k := f.tokOrg(in, open-1); k == "inst" {
			best = open - 1
			if best > 0 && isAdjective(in[best-1].lower) {
				best--
			}
		}
	}
	return best
}

func isLinkWord(w string) bool {
	switch w {
	case "des", "der", "für", "über", "und", "von", "zur", "zum", "vom", "of", "the", "for", "and", "de", "la", "du":
		return true
	}
	return false
}

// isAdjective is a cheap test for an inflected adjective (kollektive, nationales).
// It is asked of nearly every lower-case token, so it tests the last two
// bytes directly: an ending e with more than three bytes before it, or
// en, er, es, em with more than three.
func isAdjective(w string) bool {
	n := len(w)
	if n < 5 {
		return false
	}
	switch w[n-1] {
	case 'e':
		return true
	case 'n', 'r', 's', 'm':
		return n > 5 && w[n-2] == 'e'
	}
	return false
}

// gazetteer matches states, capitals, seats of power, places and
// international bodies, longest first, also in the genitive.
func (f *Finder) gazetteer(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, i int) (int, []Mention) {
	toks := s.Tokens
	cands := f.lex.phrasesOf(in[i].lower)
	if len(cands) == 0 {
		// genitive: Kasachstans, Jerewans, Russlands
		w := in[i].lower
		if strings.HasSuffix(w, "s") && len(w) > 3 {
			cands = f.lex.phrasesOf(w[:len(w)-1])
			if len(cands) == 0 && strings.HasSuffix(w, "es") && len(w) > 5 {
				cands = f.lex.phrasesOf(w[:len(w)-2]) // Griechenlandes
			}
		}
		if len(cands) == 0 {
			return 0, nil
		}
	}
	for _, p := range cands {
		n := len(p.toks)
		if i+n > len(toks) {
			continue
		}
		ok := true
		gen := false
		for k := 0; k < n && ok; k++ {
			t := toks[i+k].Text
			if t == p.toks[k] {
				continue
			}
			if k == n-1 && (t == p.toks[k]+"s" || t == p.toks[k]+"es") {
				gen = true
				continue
			}
			// case-insensitive only for all-caps or title-case variants (NATO/Nato)
			if !strings.EqualFold(t, p.toks[k]) || !in[i+k].upper {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if n == 1 && isAllCaps(p.toks[0]) && len(p.toks[0]) <= 3 && toks[i].Text != p.toks[0] {
			continue // "Us", "Es", "Ap" are not acronyms
		}
		if n == 1 && st.local[p.toks[0]] && toks[i].Text == p.toks[0] {
			// the article defined this acronym otherwise: its own organisation
			m := mk(s, i, i+1, newsgraph.Organization, Acronym, "acronym-local")
			m.Canon, m.Base = p.toks[0], p.toks[0]
			return 1, []Mention{m}
		}
		m := mk(s, i, i+n, p.typ, Name, "lexicon:"+p.cue)
		m.Canon = p.canon
		m.Base = s.Text[toks[i].Start-s.Start : toks[i+n-1].End-s.Start]
		if gen {
			m.Base = strings.TrimSuffix(strings.TrimSuffix(m.Base, "s"), "e")
			if !strings.HasSuffix(m.Base, p.toks[n-1]) {
				m.Base += "e"
			}
		}
		if n == 1 && p.city && i+1 < len(toks) && f.tokGiven(s, in, i) && f.nameLike(s, in, i+1) &&
			!f.isCommon(in, i+1) && len(f.lex.phrasesOf(in[i+1].lower)) == 0 {
			return 0, nil // Sofia Sapega, Victoria Beckham: a person
		}
		if p.seat && p.city {
			// A capital: an actor unless it names a location, or opens a
			// dateline ("Wien – Die Gewerkschaft …").
			if f.locationContext(s, in, i) || f.inDateline(s, in, i) || gen && f.townRoleAt(in, i+1) {
				m.Type = newsgraph.Place
				m.Canon = m.Base
				m.Cue = "lexicon:capital-as-place"
			} else {
				m.Cue = "lexicon:capital-as-actor"
			}
		}
		if p.typ == newsgraph.Organization {
			if k := f.extendLexiconName(s, in, claimed, i+n); k > 0 {
				// Audi AG, BNP Paribas: the lexicon name opens a longer one
				e := mk(s, i, i+n+k, newsgraph.Organization, Name, "lexicon+name:"+p.cue)
				e.Canon, e.Base = p.canon, e.Text
				return n + k, []Mention{e}
			}
			if isAllCaps(m.Base) {
				m.Kind = Acronym
			}
		}
		if n == 1 && (p.typ == newsgraph.Place || p.city) && i+1 < len(s.Tokens) && !claimed[i+1] {
			// Chicago Bulls, Mainz 05: a town and a team's name or year
			if t := s.Tokens[i+1]; t.Kind == text.Number && len(t.Text) == 2 && t.Start > s.Tokens[i].End &&
				(i == 0 || !locatives[in[i-1].lower]) && (i+2 >= len(s.Tokens) || !in[i+2].upper && s.Tokens[i+2].Kind != text.Number) ||
				f.unknownNameWord(s, in, i+1) && f.lex.isEnglish(in[i+1].lower) {
				e := mk(s, i, i+2, newsgraph.Organization, Name, "town+team")
				e.Base = e.Text
				return 2, []Mention{e}
			}
		}
		return n, []Mention{m}
	}
	return 0, nil
}

// inDateline reports whether token i is in a dateline opening a
// sentence: places separated by slashes before a dash ("Kiew/Moskau – Der
// Senat …"), which name where the report comes from.
func (f *Finder) inDateline(s *text.Sentence, in []tokInfo, i int) bool {
	toks := s.Tokens
	for k := 0; k < len(toks) && k <= 8; k++ {
		switch {
		case isDash(toks[k].Text):
			return k > i
		case toks[k].Text == "/" || toks[k].Kind == text.Word && in[k].upper:
		case toks[k].Text == "(" && k > 0 && k+2 < len(toks) && toks[k+2].Text == ")" && toks[k+1].Kind == text.Word:
			k += 2 // Moskau/Kiew (dpa) – : the agency in brackets
		default:
			return false
		}
	}
	return false
}

// govSet holds nouns for a government seated somewhere: "die Regierung in
// London" names the state, not the city.
var govSet = func() *suffixSet {
	s := &suffixSet{}
	for _, w := range []string{"regierung", "regierungen", "führung", "staatsführung", "behörden", "regime", "machthaber"} {
		s.add(w)
	}
	return s
}()

// locationContext reports whether a place name at token i is used as a
// location: after a locative preposition, except "die Regierung in London".
func (f *Finder) locationContext(s *text.Sentence, in []tokInfo, i int) bool {
	if i == 0 {
		return false
	}
	p := in[i-1].lower
	if !locatives[p] && !strings.HasSuffix(p, "stadt") && !strings.HasSuffix(p, "metropole") {
		return false
	}
	if i >= 2 && (p == "in" || p == "aus") {
		if at, _ := govSet.longest(in[i-2].lower); at >= 0 {
			return false
		}
	}
	return true
}

// acronymDef marks the long form of an acronym defined later in the
// sentence: "Organisation des Vertrages über kollektive Sicherheit (OVKS)".
func (f *Finder) acronymDef(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, i int) (int, []Mention) {
	toks := s.Tokens
	for j := i + 1; j+2 < len(toks) && j-i <= 10; j++ {
		if toks[j].Text != "(" || toks[j+2].Text != ")" || !isAllCaps(toks[j+1].Text) {
			continue
		}
		acr := toks[j+1].Text
		if lf, ok := st.acronyms[acr]; ok && toks[i].Start-s.Start <= len(s.Text) &&
			strings.HasPrefix(s.Text[toks[i].Start-s.Start:], lf) && toks[i].Start+len(lf) == toks[j-1].End {
			m := mk(s, i, j, newsgraph.Organization, Name, "acronym-long-form:"+acr)
			m.Base = lf
			m.Canon = acr
			if st.local[acr] {
				return j - i, []Mention{m}
			}
			if c := f.lexCanon(acr); c != "" {
				m.Canon = c
			}
			m.Type = f.acronymType(acr)
			return j - i, []Mention{m}
		}
		break
	}
	return 0, nil
}

// shortUnion gives a bare "Union" the body the article named that news
// calls "die Union" for short (the EU, the African Union), when exactly one
// such body and no German party union (CDU, CSU) is named.
func (f *Finder) shortUnion(out []Mention) {
	body := ""
	for _, m := range out {
		switch {
		case m.Type != newsgraph.Organization || m.Text == "Union":
		case m.Canon == "CDU" || m.Canon == "CSU":
			return
		case f.lex.unionBodies[m.Canon]:
			if body != "" && body != m.Canon {
				return
			}
			body = m.Canon
		}
	}
	if body == "" {
		return
	}
	for k := range out {
		if out[k].Text == "Union" && out[k].Type == newsgraph.Organization {
			out[k].Canon = body
			out[k].Cue += "+short:" + body
		}
	}
}

// lexiconLongForm reports whether long form lf is the canonical name canon
// or a lexicon form of it: then a bracketed acronym after it is the
// lexicon's.
func (f *Finder) lexiconLongForm(lf, canon string) bool {
	if strings.EqualFold(lf, canon) {
		return true
	}
	first, _, _ := strings.Cut(lf, " ")
	for _, p := range f.lex.phrasesOf(strings.ToLower(first)) {
		if p.canon == canon && strings.EqualFold(strings.Join(p.toks, " "), lf) {
			return true
		}
	}
	return false
}

// lexCanon returns the gazetteer's canonical name for a one-token form.
func (f *Finder) lexCanon(form string) string {
	for _, p := range f.lex.phrasesOf(strings.ToLower(form)) {
		if len(p.toks) == 1 && p.toks[0] == form {
			return p.canon
		}
	}
	return ""
}

func (f *Finder) acronymType(acr string) newsgraph.EntityType {
	for _, p := range f.lex.phrasesOf(strings.ToLower(acr)) {
		if len(p.toks) == 1 && p.toks[0] == acr {
			return p.typ
		}
	}
	return newsgraph.Organization
}

// roleOf returns the role stem a (compound) word ends in.
func (f *Finder) roleOf(lower string) (roleInfo, bool) {
	stem, at := f.lex.roleSet.match(lower)
	if stem == "" {
		return roleInfo{}, false
	}
	if at > 0 && lower[at-1] != '-' && !f.lex.isModifier(lower[:at], 2) && !f.rolePrefix(lower[:at]) {
		return roleInfo{}, false // Nursultan is no sultan
	}
	return f.lex.roles[stem], true
}

// personNoun returns the stem of the kinship or profession noun a
// (compound) word ends in (Tante, Parteikollege), or "".
func (f *Finder) personNoun(lower string) string {
	stem, at := f.lex.personNouns.match(lower)
	if stem == "" || at > 0 && lower[at-1] != '-' && !f.lex.isModifier(lower[:at], 2) {
		return ""
	}
	return stem
}

// rolePrefix reports whether mod, the part of a word before its role
// noun, is a bound prefix after any hyphen (UN-Sondergesandte).
func (f *Finder) rolePrefix(mod string) bool {
	if k := strings.LastIndexByte(mod, '-'); k >= 0 {
		mod = mod[k+1:]
	}
	return f.lex.rolePrefixes[mod]
}

// orgHeadOf returns the organisation head stem a (compound) word ends in
// and its kind. A head without a modifier that is no proper institution
// name on its own (Amt, Rat, Parlament) has kind "bare"; a short head after
// something that is no word (insgesamt) does not count.
func (f *Finder) orgHeadOf(lower string) (string, string) {
	stem, at := f.lex.orgSet.match(lower)
	if stem == "" {
		return "", ""
	}
	h := f.lex.orgHeads[stem]
	if at > 0 && len(stem) <= 5 && lower[at-1] != '-' && !f.lex.isModifier(lower[:at], 2) && !isAllCaps(lower[:at]) {
		return "", ""
	}
	if h.kind == "bare" && at > 0 {
		if stem == "amt" && f.roleModifier(lower[:at]) {
			return "", "" // Präsidentenamt, Bürgermeisteramt: an office a person holds
		}
		return stem, "inst" // Präsidialamt, Kanzleramt, Nationalrat
	}
	return stem, h.kind
}

// hyphenedGivenName reports whether w has the shape of a romanised Korean
// given name: a capitalised syllable, a hyphen, a lower-case syllable
// (Geun-hye, Jae-in, Suk-yeol). German compounds keep the capital after the
// hyphen (Mitte-Links), so the shape is no German word.
func hyphenedGivenName(w string) bool {
	k := strings.IndexByte(w, '-')
	if k < 2 || k > 5 || len(w)-k-1 < 2 || len(w)-k-1 > 5 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, part := range [...]string{w[1:k], w[k+1:]} {
		for i := 0; i < len(part); i++ {
			if part[i] < 'a' || part[i] > 'z' {
				return false
			}
		}
	}
	return true
}

// classNounBeforeName reports whether a word the lists lack is a compound
// of a place class noun with a modifier of some length (Schwarzmeerort,
// Badeort, Küstenstadt): before a capitalised word it classifies that name.
func (f *Finder) classNounBeforeName(lower string) bool {
	stem, at := f.lex.placeClass.match(lower)
	return stem != "" && at >= 4
}

// townRoleAt reports whether token j is a role serving a town (Kiews
// Bürgermeister).
func (f *Finder) townRoleAt(in []tokInfo, j int) bool {
	if j >= len(in) || !in[j].upper {
		return false
	}
	r, ok := f.tokRole(in, j)
	return ok && f.lex.townRoles[r.stem]
}

// roleModifier reports whether the modifier of a compound is a role noun,
// possibly with a linking -en or -s (präsidenten, minister, kanzlers).
func (f *Finder) roleModifier(mod string) bool {
	for _, m := range [...]string{mod, strings.TrimSuffix(mod, "en"), strings.TrimSuffix(mod, "s"), strings.TrimSuffix(mod, "n")} {
		if len(m) < 4 {
			continue
		}
		if r, ok := f.roleOf(m); ok && r.stem == m {
			return true
		}
	}
	return false
}

// modifierEntity returns the known entity named by the first part of a
// compound whose head is at byte offset at: Duma in Dumaabgeordnete, Kreml
// in Kremlsprecher. It returns nil when the modifier names nothing known.
func (f *Finder) modifierEntity(word, lower string, at int) *phrase {
	if at < 2 {
		return nil
	}
	mod := strings.TrimSuffix(lower[:at], "-")
	for _, cand := range []string{mod, strings.TrimSuffix(mod, "s")} {
		for _, p := range f.lex.phrasesOf(cand) {
			if len(p.toks) == 1 {
				return p
			}
		}
	}
	return nil
}

// isGiven reports whether w is a given name, also hyphenated (Kassym-Schomart).
func (f *Finder) isGiven(w string) bool {
	if _, ok := f.lex.givensAll.get(w); ok {
		return true
	}
	if k := strings.IndexByte(w, '-'); k > 0 {
		return f.lex.givens[w[:k]] || f.lex.givens[w[k+1:]] || f.isGivenExt(w[:k]) && f.isGivenExt(w[k+1:])
	}
	return false
}

func (f *Finder) isGivenExt(w string) bool {
	_, ok := f.lex.givensExt.get(w)
	return ok
}

// nameLike reports whether token i can be part of a proper name: a
// capitalised word that is no stop word.
func (f *Finder) nameLike(s *text.Sentence, in []tokInfo, i int) bool {
	// cached: rules ask this of a token and of its neighbours many times
	if in[i].nameLike == unasked {
		t := s.Tokens[i]
		in[i].nameLike = answer(t.Kind == text.Word && in[i].upper && !f.lex.stop.has(t.Text) && !isAllCaps(t.Text) && !strings.HasSuffix(t.Text, "."))
	}
	return in[i].nameLike == yes
}

// person finds full names (given name + surname), names after a role noun
// (Präsident Tokajew, US-Außenamtssprecher Ned Price) and names of a
// typical surname shape.
func (f *Finder) person(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, i int) (int, []Mention) {
	toks := s.Tokens
	w := toks[i].Text
	var parts []Mention
	// A title before a name: Frau Parker, Dr. Wiegemann, Sir George Carew.
	if f.lex.titles.has(w) && i+1 < len(toks) && f.nameLike(s, in, i+1) && !f.lex.funcWords[in[i+1].lower] {
		if _, ok := f.tokRole(in, i+1); !ok {
			if n, ms := f.fullName(s, in, i+1, "title:"+w); n > 0 {
				return 1 + n, ms
			}
			if _, k := f.tokOrg(in, i+1); k == "" {
				// after a title even a common noun is a surname: Frau Fischer
				m := mk(s, i+1, i+2, newsgraph.Person, Name, "title:"+w)
				m.Base = stripGenitive(m.Text, in[i+1].lower)
				return 2, []Mention{m}
			}
		}
	}
	// A role noun, possibly a compound with a name part: US-Außenamtssprecher.
	if in[i].upper {
		if role, ok := f.tokRole(in, i); ok && i+1 < len(toks) && f.nameLike(s, in, i+1) && !f.isCommon(in, i+1) || ok && i+1 < len(toks) && f.tokGiven(s, in, i+1) {
			if n, ms := f.fullName(s, in, i+1, "role:"+role.stem); n > 0 {
				for k := range ms {
					ms[k].Role = role.stem
					ms[k].Office = role.office
				}
				cp := f.compoundPart(s, in, i)
				if len(cp) == 0 && strings.IndexByte(toks[i].Text, '-') > 1 {
					st.pendingParts = append(st.pendingParts, pendingPart{s, i}) // Belsat-Journalistin X
				}
				parts = append(parts, cp...)
				return 1 + n, append(parts, ms...)
			}
		}
		if role, ok := f.tokRole(in, i); ok && i+2 < len(toks) && in[i+1].upper && toks[i+1].Kind == text.Word &&
			hyphenedGivenName(toks[i+2].Text) && toks[i+2].Start > toks[i+1].End {
			// Präsidentin Park Geun-hye, Präsident Moon Jae-in: a family name
			// that is also a word, then a hyphenated given name in lower case
			m := mk(s, i+1, i+3, newsgraph.Person, Name, "role:"+role.stem)
			m.Base, m.Full = m.Text, true
			m.Role, m.Office = role.stem, role.office
			return 3, append(f.compoundPart(s, in, i), m)
		}
		if role, ok := f.tokRole(in, i); ok {
			if ps := f.compoundPart(s, in, i); len(ps) > 0 {
				// a role compound without a name after it: Kremlsprecher, KNB-Chef
				d := mk(s, i, i+1, newsgraph.Person, Description, "role-description:"+role.stem)
				d.Head, d.Role, d.Office = role.stem, role.stem, role.office
				return 1, append(ps, d)
			}
		}
	}
	// A kinship or profession noun before an unknown name: Tante Cilli, Olympiasieger Casartelli.
	if in[i].upper && i+1 < len(toks) && in[i+1].upper && !claimed[i+1] && f.nameLike(s, in, i+1) {
		// the small noun list first: the common-noun test of the next word is dearer
		if stem := f.personNoun(in[i].lower); stem != "" && !f.isCommon(in, i+1) {
			if n, ms := f.fullName(s, in, i+1, "role:"+stem); n > 0 {
				for k := range ms {
					ms[k].Role = stem
				}
				return 1 + n, ms
			}
		}
	}
	if in[i].upper && f.tokGiven(s, in, i) || isInitial(w) && i+1 < len(toks) && f.nameLike(s, in, i+1) &&
		(!f.isCommon(in, i+1) || f.tokGiven(s, in, i+1) || i+2 >= len(toks) || !in[i+2].upper) {
		// an initial even before a surname that is a word: W. Müller
		// a given name, or an initial before a name: W. Fesenko
		if i > 0 && in[i-1].upper && !claimed[i-1] && f.placeNoun(in[i-1].lower) {
			// die Stadt Marat Numan: a place named like a person; remembered
			// for "in Marat Numan" later in the article
			if st.placeLike == nil {
				st.placeLike = map[string]bool{}
			}
			st.placeLike[w] = true
			return 0, nil
		}
		if i > 0 && st.placeLike[w] && strongLocatives[in[i-1].lower] {
			return 0, nil
		}
		if n, ms := f.fullName(s, in, i, "given-name"); n > 0 {
			f.attachRole(s, in, i, ms)
			return n, ms
		}
	}
	// A given name that is also a word before a surname: Nick Heidfeld, Wolf Wondratschek.
	if in[i].upper && i+1 < len(toks) && in[i+1].upper && !claimed[i+1] && f.lex.givensAmbig.has(w) && f.nameLike(s, in, i+1) &&
		!f.isCommon(in, i+1) && len(f.lex.phrasesOf(in[i+1].lower)) == 0 && !f.lex.funcWords[in[i+1].lower] {
		if _, k := f.tokOrg(in, i+1); k == "" {
			m := mk(s, i, i+2, newsgraph.Person, Name, "ambiguous-given+name")
			m.Full = true
			m.Base = stripGenitive(m.Text, in[i+1].lower)
			f.attachRole(s, in, i, []Mention{m})
			return 2, []Mention{m}
		}
	}
	// An unknown given name before a surname shape: Mikola Rubzew.
	if in[i].upper && i+1 < len(toks) && in[i+1].upper && hasNameSuffix(in[i+1].lower) && f.nameLike(s, in, i) && f.nameLike(s, in, i+1) &&
		!f.lex.stop.has(w) && !hasNameSuffix(in[i].lower) && !f.isCommon(in, i) && !f.isCommon(in, i+1) &&
		len(f.lex.phrasesOf(in[i].lower)) == 0 && (i > 0 || !f.lex.IsWord(in[i].lower)) {
		m := mk(s, i, i+2, newsgraph.Person, Name, "name+surname-shape")
		m.Full = true
		m.Base = stripGenitive(m.Text, in[i+1].lower)
		f.attachRole(s, in, i, []Mention{m})
		return 2, []Mention{m}
	}
	// Surname shape: Abdymomunow, Barseghjan, Lukaschenko.
	if in[i].upper && toks[i].Kind == text.Word && hasNameSuffix(in[i].lower) && !f.lex.stop.has(w) && !f.isCommon(in, i) {
		if f.locationContext(s, in, i) && strongLocatives[in[i-1].lower] {
			m := mk(s, i, i+1, newsgraph.Place, Name, "shape+locative")
			m.Base = w
			return 1, []Mention{m}
		}
		m := mk(s, i, i+1, newsgraph.Person, Name, "surname-shape")
		m.Base = stripGenitive(w, in[i].lower)
		f.attachRole(s, in, i, []Mention{m})
		return 1, []Mention{m}
	}
	return 0, nil
}

// attachRole records a role noun right before a name or in an apposition
// ("der stellvertretende Sekretär des Sicherheitsrates, Asamat Abdymomunow").
func (f *Finder) attachRole(s *text.Sentence, in []tokInfo, i int, ms []Mention) {
	if i == 0 || len(ms) == 0 {
		return
	}
	if role, ok := f.tokRole(in, i-1); ok && in[i-1].upper {
		ms[0].Role, ms[0].Office = role.stem, role.office
	}
}

// compoundPart returns a Part mention for a known name before the first
// hyphen of token i (US-Außenamtssprecher → US, KNB-Chef → KNB) or, in a
// closed compound, before its role head (Dumaabgeordnete → Duma,
// Kremlsprecher → Kreml).
func (f *Finder) compoundPart(s *text.Sentence, in []tokInfo, i int) []Mention {
	t := s.Tokens[i]
	k := strings.IndexByte(t.Text, '-')
	if k <= 0 {
		return f.closedPart(s, in, i)
	}
	pre := t.Text[:k]
	var typ newsgraph.EntityType
	canon := ""
	for _, p := range f.lex.phrasesOf(strings.ToLower(pre)) {
		// NATO/Nato, ASEAN/Asean: an acronym also written in title case
		if len(p.toks) == 1 && (p.toks[0] == pre || strings.EqualFold(p.toks[0], pre) && (isAllCaps(pre) || len(pre) >= 4 && isAllCaps(p.toks[0]))) {
			typ, canon = p.typ, p.canon
			if p.seat && p.city {
				typ = newsgraph.State
			}
			break
		}
	}
	kind := Part
	if canon == "" {
		if !isAllCaps(pre) || f.lex.stop.has(pre) {
			return nil
		}
		typ, canon = newsgraph.Organization, pre
	}
	m := Mention{
		Mention: newsgraph.Mention{Text: pre, Span: newsgraph.Span{Start: t.Start, End: t.Start + k},
			Sentence: s.Index, Type: typ, Cue: "compound-part"},
		Kind: kind, Canon: canon, Base: pre, First: i, Last: i + 1,
	}
	return []Mention{m}
}

// closedPart finds a known name as the modifier of a closed role compound.
func (f *Finder) closedPart(s *text.Sentence, in []tokInfo, i int) []Mention {
	t := s.Tokens[i]
	stem, at := f.lex.roleSet.match(in[i].lower)
	if stem == "" || at < 3 {
		return nil
	}
	var m Mention
	if p := f.modifierEntity(t.Text, in[i].lower, at); p != nil {
		typ := p.typ
		m = Mention{Kind: Part, Canon: p.canon, Base: p.toks[0]}
		m.Type = typ
		m.Cue = "compound-part"
	} else if ostem, kind := f.orgHeadOf(in[i].lower[:at]); kind == "desc" || kind == "inst" {
		// Geheimdienstchef → the secret service, resolved against the article
		m = Mention{Kind: Description, Head: ostem}
		m.Type = newsgraph.Organization
		m.Cue = "compound-part:" + ostem
		m.Base = t.Text[:at]
	} else {
		return nil
	}
	m.Text = t.Text[:at]
	m.Span = newsgraph.Span{Start: t.Start, End: t.Start + at}
	m.Sentence = s.Index
	m.First, m.Last = i, i+1
	return []Mention{m}
}

// fullName reads a person name starting at token i: given names and
// initials, particles, then a surname. A lone given name counts when it is
// no common word.
func (f *Finder) fullName(s *text.Sentence, in []tokInfo, i int, cue string) (int, []Mention) {
	toks := s.Tokens
	j := i
	givens := 0
	for j < len(toks) && toks[j].Kind == text.Word && (f.tokGiven(s, in, j) && in[j].upper || isInitial(toks[j].Text)) {
		j++
		givens++
	}
	last := -1
	for j < len(toks) {
		t := toks[j]
		if t.Kind != text.Word {
			break
		}
		if particles[in[j].lower] && last < 0 {
			// von der Leyen, de Mistura: up to two particles before a surname
			k := j + 1
			if k < len(toks) && particles[in[k].lower] {
				k++
			}
			if k < len(toks) && f.nameLike(s, in, k) && (!f.isCommon(in, k) || hasNameSuffix(in[k].lower) || !determiners[in[k-1].lower] ||
				givens > 0 && foreignParticles[in[j].lower]) {
				// (Jan van der Berg: after a given name and a foreign particle even a word is the surname)
				j = k
				continue
			}
		}
		if strings.HasPrefix(in[j].lower, "al-") || strings.HasPrefix(in[j].lower, "el-") {
			last = j
			j++
			continue
		}
		if !f.nameLike(s, in, j) {
			break
		}
		// the surname must not be a role, an organisation or a country
		if _, ok := f.tokRole(in, j); ok && f.isCommon(in, j) {
			break
		}
		if _, k := f.tokOrg(in, j); k != "" && f.isCommon(in, j) {
			return 0, nil // Kennan Center, Konrad-Adenauer Stiftung: a body named after someone
		}
		if givens == 0 && (len(f.lex.phrasesOf(in[j].lower)) > 0 || f.lexiconGenitive(in[j].lower)) {
			break // Wirtschaftsforscher Deutschlands: a place, no surname
		}
		if givens == 0 && f.isCommon(in, j) && !hasNameSuffix(in[j].lower) {
			break
		}
		last = j
		j++
		if j+1 < len(toks) && nameParticles[in[j].lower] && f.nameLike(s, in, j+1) && !f.isCommon(in, j+1) {
			j++ // Staffan de Mistura, Ursula von der Leyen
			if j+1 < len(toks) && nameParticles[in[j].lower] && f.nameLike(s, in, j+1) && !f.isCommon(in, j+1) {
				j++
			}
			continue
		}
		if j < len(toks) && (strings.HasPrefix(in[j].lower, "al-") || strings.HasPrefix(in[j].lower, "el-")) {
			continue // Chalifa el-Haftari
		}
		if j >= len(toks) || !f.nameLike(s, in, j) || f.isCommon(in, j) && !hasNameSuffix(in[j].lower) {
			break
		}
		if givens == 0 && (cue == "given-name" || j-i >= 2 && !(j-i == 2 && f.shortNameWords(s, i, j+1))) {
			break // without a known given name, at most two words after a role (three short ones: Ban Ki Moon)
		}
	}
	if last < 0 && givens >= 2 && !isInitial(toks[i+givens-1].Text) {
		// the last "given name" is the surname (Sean Penn, Thomas Stafford)
		last = i + givens - 1
	}
	if last < 0 && givens >= 1 && i+givens < len(toks) {
		k := i + givens
		if r, ok := strings.CutSuffix(toks[k].Text, "."); isRoman(r) && (ok || k+1 < len(toks) && toks[k+1].Text == "." && toks[k+1].Start == toks[k].End) {
			last = k // König Felipe VI., Magnus I.
			if !ok {
				last++
			}
		}
	}
	if last < 0 {
		if givens == 0 {
			return 0, nil
		}
		// a lone given name (Demonstrantin Saule): only from the curated
		// list, not at the start of a sentence, and when it is not also a word
		last = i + givens - 1
		if f.isCommon(in, last) || len(f.lex.phrasesOf(in[last].lower)) > 0 || !f.lex.givens[s.Tokens[last].Text] && !strings.HasPrefix(cue, "role:") ||
			i == 0 && cue == "given-name" {
			return 0, nil
		}
	}
	m := mk(s, i, last+1, newsgraph.Person, Name, cue)
	m.Full = givens > 0 && last >= i+givens || givens >= 2 && last == i+givens-1 ||
		givens == 0 && last > i // two unknown words after a role: Regierungschef Arsenij Jazenjuk
	m.Base = stripGenitive(m.Text, in[last].lower)
	return last + 1 - i, []Mention{m}
}

// shortNameWords reports whether tokens i..j are all short capitalised
// words, as in East Asian names written in syllables (Ban Ki Moon, Kim
// Jong Un).
func (f *Finder) shortNameWords(s *text.Sentence, i, j int) bool {
	if j > len(s.Tokens) {
		return false
	}
	for k := i; k < j; k++ {
		t := s.Tokens[k].Text
		if n := utf8.RuneCountInString(t); n < 2 || n > 4 || !isUpperInitial(t) || isAllCaps(t) {
			return false
		}
	}
	return true
}

// isRoman reports whether w is a Roman number as after a ruler's name (I, VI).
func isRoman(w string) bool {
	return w != "" && len(w) <= 5 && strings.Trim(w, "IVX") == ""
}

func isInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && w[0] >= 'A' && w[0] <= 'Z'
}

// stripGenitive removes a genitive s from a name (Tokajews → Tokajew)
// unless the name ends in a sibilant-like shape where s is part of it.
func stripGenitive(name, lowerLast string) string {
	if len(lowerLast) > 4 && strings.HasSuffix(lowerLast, "s") && !strings.HasSuffix(lowerLast, "ss") &&
		hasNameSuffix(lowerLast[:len(lowerLast)-1]) {
		return name[:len(name)-1]
	}
	return name
}

// nameSuffixes are endings typical of (mostly Slavic, Caucasian, Central
// Asian) surnames. Loaded from data/name_suffixes.txt.
func hasNameSuffix(lower string) bool {
	return Default().nameSuffixes.endsWith(lower)
}

// org finds organisation names: a media noun followed by a name
// (Nachrichtenagentur AFP, Telegramkanal „Nexta“), institution nouns
// (Gesundheitsministerium, Sicherheitsrat, Auswärtiges Amt) with their
// adjectives, and names ending in an organisation noun (Carnegie Center).
func (f *Finder) org(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, i int) (int, []Mention) {
	toks := s.Tokens
	if !in[i].upper {
		// an adjective before an institution: "russische Außenministerium", "nationale Sicherheitskomitee"
		if i+1 < len(toks) && isAdjective(in[i].lower) && in[i+1].upper {
			if _, k := f.tokOrg(in, i+1); k == "inst" {
				n, ms := f.org(s, in, claimed, st, i+1)
				if n == 1 && len(ms) > 0 {
					m := mk(s, i, i+2, newsgraph.Organization, Name, ms[len(ms)-1].Cue)
					m.Base = ms[len(ms)-1].Base
					m.Canon = ms[len(ms)-1].Canon
					if st := f.demonymState(in[i].lower); st != "" {
						m.Owner = st
						d := mk(s, i, i+1, newsgraph.State, Demonym, "demonym:"+in[i].lower)
						d.Canon, d.Base = st, st
						return 2, []Mention{d, m}
					}
					return 2, []Mention{m}
				}
			}
		}
		return 0, nil
	}
	if i > 0 {
		if m, ok := f.actingInstitution(s, in, i); ok {
			return 1, []Mention{m}
		}
	}
	if n, ms := f.namedAdjectiveOrg(s, in, claimed, i); n > 0 {
		return n, ms
	}
	stem, kind := f.tokOrg(in, i)
	switch kind {
	case "media":
		// the name follows, possibly in quotes: Telegramkanal „Nexta“
		j := i + 1
		if j < len(toks) && isQuote(toks[j].Text) {
			j++
		}
		a := j
		for j < len(toks) && toks[j].Kind == text.Word && in[j].upper && !f.lex.stop.has(toks[j].Text) &&
			(!f.isCommon(in, j) || isAllCaps(toks[j].Text) || j > a) && len(f.lex.phrasesOf(in[j].lower)) == 0 || j < len(toks) && j == a && in[j].upper && len(f.lex.phrasesOf(in[j].lower)) > 0 && f.lex.phrasesOf(in[j].lower)[0].typ == newsgraph.Organization {
			j++
			if j-a >= 3 {
				break
			}
		}
		// allow a following gazetteer country as part of the name (Sputnik Kasachstan)
		if j > a && j < len(toks) && in[j].upper && f.isStateName(toks[j].Text) && !f.isCommon(in, a) {
			j++
		}
		if j > a && j < len(toks) && broadcastTails[toks[j].Text] {
			j++ // Sender Myawaddy TV, Rossija 24
		}
		if j > a && j+1 < len(toks) && toks[j].Text == "." && toks[j].Start == toks[j-1].End &&
			toks[j+1].Start == toks[j].End && !in[j+1].upper && len(toks[j+1].Text) <= 4 {
			j += 2 // a domain name: Tut.by, Meduza.io
		}
		if j > a {
			m := mk(s, a, j, newsgraph.Organization, Name, "media-noun:"+stem)
			m.Base = m.Text
			if c := f.lexCanon(m.Text); c != "" {
				m.Canon = c
			}
			end := j
			if end < len(toks) && isQuote(toks[end].Text) {
				end++
			}
			return end - i, []Mention{m}
		}
	case "named":
		// the noun is part of the name: Universität Gießen, Sparkasse Hannover
		j := i + 1
		for j < len(toks) && j-i <= 3 && f.nameLike(s, in, j) && (!f.isCommon(in, j) || len(f.lex.phrasesOf(in[j].lower)) > 0) {
			j++
		}
		if j == i+1 && j < len(toks) && f.nameLike(s, in, j) && f.clubWord(in, j) &&
			(j+1 == len(toks) || !in[j+1].upper) {
			j++ // Universität Gießen, Theater Essen: a town that is also a word
		}
		if end := f.extendOf(s, in, j); j > i+1 || end > j {
			m := mk(s, i, end, newsgraph.Organization, Name, "org-noun+name:"+stem)
			m.Base = m.Text
			return end - i, []Mention{m}
		}
	case "desc":
		// a description introducing a name: Menschenrechtsorganisation Wjasna,
		// Fluggesellschaft Ryanair, Partei „Jabloko“
		j := i + 1
		if j < len(toks) && isQuote(toks[j].Text) {
			j++
		}
		if k := strings.LastIndexByte(toks[i].Text, '-'); k > 0 && j == i+1 {
			// Huthi-Rebellen, Asow-Bataillon, Al-Nusra-Front: a group named by its modifier
			mod := toks[i].Text[:k]
			if isUpperInitial(mod) && !f.lex.IsCommonNoun(strings.ToLower(mod)) && !f.lex.stop.has(mod) && len(f.lex.phrasesOf(strings.ToLower(mod))) == 0 {
				if isAllCaps(mod) && len(mod) >= 2 {
					if ps := f.compoundPart(s, in, i); len(ps) == 1 {
						return 1, ps // YPG-Miliz: the group is its acronym
					}
				}
				m := mk(s, i, i+1, newsgraph.Organization, Name, "name+group-noun:"+stem)
				m.Base = m.Text
				return 1, []Mention{m}
			}
		}
		a := j
		if a < len(toks) && in[a].upper {
			if n, ms := f.affixName(s, in, claimed, a); n > 0 && ms[0].Type == newsgraph.Organization {
				return a + n - i, ms // Firma Velmont Kessler AG
			}
		}
		quoted := a > i+1
		for j < len(toks) && j-a < 3 && f.nameLike(s, in, j) && (!f.isCommon(in, j) || quoted) && len(f.lex.phrasesOf(in[j].lower)) == 0 &&
			!f.tokGiven(s, in, j) && !hasNameSuffix(strings.TrimSuffix(in[j].lower, "s")) {
			j++
		}
		if quoted && (j >= len(toks) || !isQuote(toks[j].Text)) {
			j = a // Partei „Jabloko“ yes, but not the start of a quotation
		}
		if j > a {
			m := mk(s, a, j, newsgraph.Organization, Name, "org-description+name:"+stem)
			m.Base = m.Text
			end := j
			if end < len(toks) && isQuote(toks[end].Text) {
				end++
			}
			return end - i, []Mention{m}
		}
	case "inst":
		if i >= 3 && (in[i-1].lower == "und" || in[i-1].lower == "oder") && toks[i-2].Text == "-" && toks[i-2].Start == toks[i-3].End &&
			in[i-3].upper && toks[i-3].Kind == text.Word && !claimed[i-3] {
			// Friedens- und Sicherheitsrat: one body named by a coordination
			// whose first compound is cut short
			m := mk(s, i-3, i+1, newsgraph.Organization, Name, "elliptic+org-noun:"+stem)
			m.Base = m.Text
			return 1, []Mention{m}
		}
		if end := f.extendOf(s, in, i+1); end > i+1 {
			m := mk(s, i, end, newsgraph.Organization, Name, "org-noun+für:"+stem)
			m.Base = m.Text
			return end - i, []Mention{m}
		}
		if stem == "ministerium" && strings.HasPrefix(in[i].lower, stem) {
			// das Ministerium alone refers back to a ministry named before
			d := mk(s, i, i+1, newsgraph.Organization, Description, "org-description:"+stem)
			d.Head = stem
			return 1, []Mention{d}
		}
		m := mk(s, i, i+1, newsgraph.Organization, Name, "org-noun:"+stem)
		m.Base = baseOf(toks[i].Text, in[i].lower, stem)
		parts := f.compoundPart(s, in, i)
		if len(parts) == 1 && parts[0].Type == newsgraph.Organization && parts[0].Kind == Part {
			// an organ of a known body: OVKS-Sekretariat is the OVKS
			m.Canon = parts[0].Canon
			m.Cue = "org-organ:" + stem
			return 1, []Mention{m}
		}
		return 1, append(parts, m)
	case "bare":
		// Auswärtiges Amt: a capitalised adjective before a bare head
		if i > 0 && in[i-1].upper && isAdjective(in[i-1].lower) && !claimed[i-1] {
			// handled when the adjective is the current token
			return 0, nil
		}
	}
	// Capitalised adjective + bare head: "Auswärtiges Amt", "Oberster Gerichtshof".
	if i+1 < len(toks) && isAdjective(in[i].lower) && in[i+1].upper && (f.lex.IsWord(in[i].lower) || f.placeAdjective(in[i].lower) != "") &&
		(i > 0 || f.demonymState(in[i].lower) != "" || f.placeAdjective(in[i].lower) != "") {
		if stem2, k := f.tokOrg(in, i+1); k != "" && (k == "inst" || k == "bare" || k == "named" ||
			f.demonymState(in[i].lower) == "" && !(i+2 < len(toks) && f.nameLike(s, in, i+2))) {
			// Auswärtiges Amt, Süddeutsche Zeitung, Hessischer Rundfunk
			end := f.extendOf(s, in, i+2)
			if k == "named" {
				// Staatliche Universität Minsk
				for end < len(toks) && end-i <= 4 && f.nameLike(s, in, end) && (!f.isCommon(in, end) || len(f.lex.phrasesOf(in[end].lower)) > 0) {
					end++
				}
			}
			m := mk(s, i, end, newsgraph.Organization, Name, "adjective+org-noun:"+stem2)
			m.Base = m.Text
			return end - i, []Mention{m}
		}
	}
	// Names ending in an organisation noun: Carnegie Center, Friedrich-Ebert-Stiftung.
	if f.nameLike(s, in, i) && !f.isCommon(in, i) {
		j := i
		for j < len(toks) && j-i < 4 && f.nameLike(s, in, j) && !f.isCommon(in, j) {
			j++
		}
		if j < len(toks) && j > i && in[j].upper {
			if stem, k := f.tokOrg(in, j); k != "" && k != "media" {
				a := i
				if a > 0 && in[a-1].upper && strings.HasSuffix(in[a-1].lower, "er") && !claimed[a-1] && f.cityAdjective(in[a-1].lower) {
					a-- // Moskauer Carnegie Center
				}
				_ = stem
				m := mk(s, a, j+1, newsgraph.Organization, Name, "name+org-noun")
				m.Base = m.Text
				return j + 1 - i, []Mention{m}
			}
		}
	}
	return 0, nil
}

// actingInstitution finds a generic state institution named by its noun
// alone (das Militär, die Regierung) in the nominative or accusative after
// its definite article, possibly with adjectives between, and not after a
// preposition: there it acts or is acted on, an Organization in the gold
// conventions; in a prepositional or genitive phrase (in der Regierung,
// Sitz der Regierung) it is none.
func (f *Finder) actingInstitution(s *text.Sentence, in []tokInfo, i int) (Mention, bool) {
	a := i - 1
	for a > 0 && a >= i-3 && !in[a].upper && isAdjective(in[a].lower) && !determiners[in[a].lower] {
		a--
	}
	art := in[a].lower
	if len(art) != 3 || art != "die" && art != "das" && art != "der" {
		return Mention{}, false // cheap filter before the look-up
	}
	if want, ok := f.lex.actors[in[i].lower]; !ok || want != art {
		return Mention{}, false
	}
	if a > 0 && (prepositions[in[a-1].lower] || locatives[in[a-1].lower] || actorPrepositions[in[a-1].lower]) {
		return Mention{}, false
	}
	if i+1 < len(in) && institutionOwners[in[i+1].lower] {
		return Mention{}, false // die Regierung der Region, in London: someone's institution
	}
	owner := ""
	if a < i-1 {
		owner = f.demonymState(in[i-1].lower)
	}
	if owner != "" && f.lex.actors[in[i].lower+":state"] != "" {
		return Mention{}, false // die armenische Regierung stands for its state
	}
	m := mk(s, i, i+1, newsgraph.Organization, Name, "acting-institution:"+in[i].lower)
	m.Base = s.Tokens[i].Text
	m.Canon = m.Base
	m.Owner = owner
	return m, true
}

// institutionOwners after a generic institution name whose it is: a
// genitive, a place or a person (die Regierung der Region, in Kiew, von X).
var institutionOwners = map[string]bool{"der": true, "des": true, "in": true, "im": true, "von": true, "aus": true, "unter": true}

// broadcastTails close a broadcaster's name after a media noun (Sender
// Myawaddy TV); a closed class of a few words.
var broadcastTails = map[string]bool{"TV": true, "24": true, "FM": true, "Radio": true, "News": true}

// actorPrepositions are prepositions with the accusative that prepositions
// lacks: für die Regierung, gegen das Militär.
var actorPrepositions = map[string]bool{"für": true, "gegen": true, "mit": true, "von": true, "gegenüber": true, "innerhalb": true}

// namedAdjectiveOrg finds a state or region adjective written with a
// capital inside a sentence before an organisation noun or name: the
// adjective is part of the name (Deutschen Presse-Agentur, Europäischen
// Rat, Deutschen Bundestag).
func (f *Finder) namedAdjectiveOrg(s *text.Sentence, in []tokInfo, claimed []bool, i int) (int, []Mention) {
	toks := s.Tokens
	if i == 0 || i+1 >= len(toks) || !in[i+1].upper || claimed[i+1] || opensSentence(toks[i-1].Text) || !adjectiveEnding(in[i].lower) {
		return 0, nil
	}
	if k := strings.LastIndexByte(toks[i].Text, '-'); k >= 0 && !isUpperInitial(toks[i].Text[k+1:]) {
		return 0, nil // US-amerikanischen: capitalised for its prefix only
	}
	if f.demonymState(in[i].lower) == "" && f.placeAdjective(in[i].lower) == "" {
		return 0, nil
	}
	canon := ""
	if _, k := f.tokOrg(in, i+1); k == "media" {
		return 0, nil // der Deutschen Presse-Agentur sagte: a source, named in passing
	} else if k == "" {
		for _, p := range f.lex.phrasesOf(in[i+1].lower) {
			if len(p.toks) == 1 && p.toks[0] == toks[i+1].Text && p.typ == newsgraph.Organization {
				canon = p.canon
			}
		}
		if canon == "" {
			return 0, nil
		}
	}
	end := f.extendOf(s, in, i+2)
	m := mk(s, i, end, newsgraph.Organization, Name, "named-adjective+org")
	m.Base, m.Canon = m.Text, canon
	return end - i, []Mention{m}
}

// cityAdjective reports whether w (lowercase, ending in -er) is formed
// from a known place: moskauer, berliner.
func (f *Finder) cityAdjective(w string) bool {
	return len(f.lex.phrasesOf(strings.TrimSuffix(w, "er"))) > 0
}

func (f *Finder) isStateName(w string) bool {
	for _, p := range f.lex.phrasesOf(strings.ToLower(w)) {
		if p.typ == newsgraph.State && len(p.toks) == 1 && p.toks[0] == w {
			return true
		}
	}
	return false
}

func isQuote(t string) bool {
	switch t {
	case "„", "“", "”", "\"", "»", "«", "‚", "‘", "'":
		return true
	}
	return false
}

// baseOf returns the uninflected form of a compound ending in stem:
// Sicherheitsrates → Sicherheitsrat, Verteidigungsministeriums → Verteidigungsministerium.
func baseOf(word, lower, stem string) string {
	k := strings.LastIndex(lower, stem)
	if k < 0 {
		return word
	}
	return word[:k+len(stem)]
}

// event finds event nouns (Schießbefehl, Ausnahmezustand, Staatstrauer)
// and named historical events (der Zweite Weltkrieg).
func (f *Finder) event(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, i int) (int, []Mention) {
	if !in[i].upper {
		return 0, nil
	}
	if i > 0 && i+1 < len(s.Tokens) && in[i+1].upper && isAdjective(in[i].lower) && !opensSentence(s.Tokens[i-1].Text) {
		if stem, _ := f.lex.namedEventSet.match(in[i+1].lower); stem != "" {
			m := mk(s, i, i+2, newsgraph.Event, Name, "named-event:"+stem)
			m.Base = m.Text
			return 2, []Mention{m}
		}
	}
	stem, _ := f.lex.eventSet.match(in[i].lower)
	if stem == "" {
		return 0, nil
	}
	m := mk(s, i, i+1, newsgraph.Event, Name, "event-noun:"+stem)
	m.Base = baseOf(s.Tokens[i].Text, in[i].lower, stem)
	return 1, []Mention{m}
}

// demonymState returns the state an adjective (kasachische,
// westkasachischen) stands for, or "".
func (f *Finder) demonymState(lower string) string {
	if !adjectiveEnding(lower) {
		return "" // cheap first: asked of nearly every token
	}
	if !strings.Contains(lower, "sch") {
		return "" // every adjective stem in the lexicon ends in -sch
	}
	if k := strings.LastIndexByte(lower, '-'); k > 0 && k+1 < len(lower) && strings.Contains(lower[:k], "sch") {
		// deutsch-israelische: both parts are demonyms; the mention stands for the last
		if c := f.demonymState(lower[k+1:]); c != "" && f.demonymState(lower[:k]+lower[len(lower)-demonymEnding(lower):]) != "" {
			return c
		}
	}
	for _, e := range []string{"en", "em", "er", "es", "e"} {
		if !strings.HasSuffix(lower, e) {
			continue
		}
		stem := lower[:len(lower)-len(e)]
		if c, ok := f.lex.demonyms[stem]; ok {
			return c
		}
		for _, pre := range []string{"südost", "südwest", "nordost", "nordwest", "zentral", "nord", "süd", "ost", "west", "mittel", "pro", "anti", "ex-", "pro-", "anti-", "us-"} {
			if strings.HasPrefix(stem, pre) {
				if c, ok := f.lex.demonyms[stem[len(pre):]]; ok {
					return c
				}
			}
		}
	}
	return ""
}

// adjectiveEnding reports whether w ends in the last letter of an
// adjective ending (e, en, em, er, es): a word that does not cannot be one
// of the inflected forms demonymState and placeAdjective look up.
func adjectiveEnding(w string) bool {
	if w == "" {
		return false
	}
	switch w[len(w)-1] {
	case 'e', 'n', 'm', 'r', 's':
		return true
	}
	return false
}

// demonymEnding returns the length of the adjective ending of w (e, en, er, es, em).
func demonymEnding(w string) int {
	for _, e := range []string{"en", "er", "es", "em", "e"} {
		if strings.HasSuffix(w, e) {
			return len(e)
		}
	}
	return 0
}

// directionalDemonym reports whether w is a demonym with a compass prefix
// (westkasachischen): what follows it is a place in that region.
func (f *Finder) directionalDemonym(w string) bool {
	for _, pre := range []string{"nord", "süd", "ost", "west", "zentral"} {
		if strings.HasPrefix(w, pre) && f.demonymState(w) != "" {
			return true
		}
	}
	return false
}

// demonym finds adjectives and nouns standing for a state or region:
// russische Soldaten, die Kasachen, Berliner Polizei, europäische Staaten.
func (f *Finder) demonym(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, i int) (int, []Mention) {
	w := in[i].lower
	typ, c, cue := newsgraph.State, f.demonymState(w), "demonym:"
	if c == "" {
		if c = f.placeAdjective(w); c != "" {
			typ, cue = newsgraph.Place, "place-adjective:"
		}
	}
	if c == "" && in[i].upper {
		if _, ok := f.lex.inhabitantSet.get(w); ok {
			c = f.lex.inhabitants[w]
		}
		if c != "" {
			cue = "inhabitants:"
		} else if stem, ok := strings.CutSuffix(w, "er"); ok && len(stem) >= 3 &&
			!f.startsOrgName(s, in, i+1) { // Moskauer Carnegie Center is a name
			// Berliner, Moskauer, Schweizer: adjectives of places
			for _, p := range f.lex.phrasesOf(stem) {
				if len(p.toks) == 1 && strings.EqualFold(p.toks[0], stem) {
					typ, c, cue = p.typ, p.canon, "place-adjective:"
					if p.city {
						typ, c = newsgraph.Place, p.toks[0]
					}
					break
				}
			}
		}
	}
	if c == "" && in[i].upper && i > 0 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ern")) &&
		(i+1 < len(s.Tokens) && in[i+1].upper || articleLike[in[i-1].lower] && !f.isCommon(in, i)) {
		// Itzehoer Polizei, den Bremern: the adjective or people of a town
		if _, role := f.tokRole(in, i); !role {
			if t := f.lex.townOfAdjective(s.Tokens[i].Text); t != "" {
				typ, c, cue = newsgraph.Place, t, "town-adjective:"
			}
		}
	}
	if c == "" {
		return 0, nil
	}
	m := mk(s, i, i+1, typ, Demonym, cue+w)
	m.Canon, m.Base = c, c
	return 1, []Mention{m}
}

// startsOrgName reports whether tokens from j on are a name ending in an
// organisation noun (Carnegie Center, Max-Planck-Institut).
func (f *Finder) startsOrgName(s *text.Sentence, in []tokInfo, j int) bool {
	for k := j; k < len(s.Tokens) && k-j < 4 && f.nameLike(s, in, k); k++ {
		if _, kind := f.tokOrg(in, k); kind != "" && kind != "media" {
			return k > j || strings.Contains(s.Tokens[k].Text, "-")
		}
	}
	return false
}

// placeAdjective returns the region an adjective stands for (europäische
// → Europa), or "".
func (f *Finder) placeAdjective(lower string) string {
	if !adjectiveEnding(lower) {
		return "" // cheap first: asked of nearly every token
	}
	if !strings.Contains(lower, "isch") && !strings.Contains(lower, "ran") {
		return ""
	}
	for _, e := range []string{"en", "em", "er", "es", "e"} {
		if stem, ok := strings.CutSuffix(lower, e); ok {
			if c, ok := f.lex.placeAdj[stem]; ok {
				return c
			}
		}
	}
	return ""
}

// club finds club names: FC Bayern München, 1. FC Nürnberg, Borussia
// Dortmund — a club word and the capitalised words after it.
func (f *Finder) club(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, i int) (int, []Mention) {
	toks := s.Tokens
	if !f.lex.clubs.has(toks[i].Text) || i+1 >= len(toks) {
		return 0, nil
	}
	j := i + 1
	for j < len(toks) && j-i <= 3 && toks[j].Kind == text.Word && in[j].upper && !f.lex.stop.has(toks[j].Text) &&
		(!f.isCommon(in, j) || len(f.lex.phrasesOf(in[j].lower)) > 0 || f.clubWord(in, j)) {
		j++
	}
	if j == i+1 {
		return 0, nil
	}
	if j < len(toks) && toks[j].Kind == text.Number && len(toks[j].Text) == 2 {
		j++ // Schalke 04, Hannover 96
	}
	a := i
	if a > 0 && toks[a-1].Kind == text.Number && strings.HasSuffix(toks[a-1].Text, ".") && !claimed[a-1] {
		a-- // 1. FC Köln
	}
	m := mk(s, a, j, newsgraph.Organization, Name, "club:"+toks[i].Text)
	m.Base = m.Text
	return j - i, []Mention{m}
}

// clubWord reports whether a common noun can continue a club name (SV
// Werder Bremen, ESV Lokomotive Zwickau): no role and no organisation
// noun (FC-Trainer, Verein).
func (f *Finder) clubWord(in []tokInfo, j int) bool {
	if _, ok := f.tokRole(in, j); ok {
		return false
	}
	_, k := f.tokOrg(in, j)
	return k == "" && !f.lex.funcWords[in[j].lower]
}

// extendOf extends an organisation name ending at token j (exclusive) over
// a "für …" complement of capitalised words: Institut für Plasmaphysik,
// Staatsministerium für Unterricht und Kultus. It returns the new end.
func (f *Finder) extendOf(s *text.Sentence, in []tokInfo, j int) int {
	toks := s.Tokens
	if j+1 >= len(toks) || in[j].lower != "für" || !in[j+1].upper || toks[j+1].Kind != text.Word {
		return j
	}
	k := j + 1
	for k < len(toks) && toks[k].Kind == text.Word && (in[k].upper || isAdjective(in[k].lower) && k+1 < len(toks) && in[k+1].upper) {
		k++
		if k+1 < len(toks) && in[k].lower == "und" && in[k+1].upper {
			k++
		}
	}
	return k
}

// other finds names that are neither entities of the graph nor to be
// ignored by a GermEval tagger: currencies and stock indices (type "",
// cue "other:").
func (f *Finder) other(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, i int) (int, []Mention) {
	toks := s.Tokens
	if !in[i].upper && !isAllCaps(toks[i].Text) && !f.lex.other.has(toks[i].Text) {
		return 0, nil
	}
	// a quoted title after a work noun: der Film „Der Pate“
	if i+2 < len(toks) && isQuote(toks[i+1].Text) && in[i+2].upper {
		if stem, _ := f.lex.workSet.match(in[i].lower); stem != "" {
			for j := i + 2; j < len(toks) && j-i <= 14; j++ {
				if isQuote(toks[j].Text) {
					if j > i+2 {
						m := mk(s, i+2, j, "", Name, "other:title-after:"+stem)
						return j + 1 - i, []Mention{m}
					}
					break
				}
			}
		}
	}
	if i+1 < len(toks) && f.lex.other.hasPair(toks[i].Text, toks[i+1].Text) {
		m := mk(s, i, i+2, "", Name, "other:"+toks[i].Text)
		return 2, []Mention{m}
	}
	if f.lex.other.has(toks[i].Text) {
		m := mk(s, i, i+1, "", Name, "other:"+toks[i].Text)
		return 1, []Mention{m}
	}
	return 0, nil
}

// address returns the end of a web or mail address starting at token i
// (stern.de, www.example.com, info@example.org): words joined by dots
// or an at sign without spaces, ending in a top-level domain; i when none.
func (f *Finder) address(s *text.Sentence, in []tokInfo, i int) int {
	toks := s.Tokens
	j, end := i+1, i
	for j+1 < len(toks) && toks[j].Start == toks[j-1].End && toks[j+1].Start == toks[j].End &&
		(toks[j].Text == "." || toks[j].Text == "@") && toks[j+1].Kind == text.Word {
		if toks[j].Text == "." && f.lex.domains[in[j+1].lower] {
			end = j + 2
		}
		j += 2
	}
	return end
}

// acronym finds all-caps names (KNB, AFP) and their compounds (KNB-Chef).
func (f *Finder) acronym(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, i int) (int, []Mention) {
	w := s.Tokens[i].Text
	if isAllCaps(w) && !f.lex.stop.has(w) && utf8.RuneCountInString(w) <= 8 {
		if i > 0 && !claimed[i-1] && f.nameLike(s, in, i-1) && !f.isCommon(in, i-1) {
			return 0, nil // Commodore VS, Fraunhofer FIT: part of a longer name of unclear type
		}
		if utf8.RuneCountInString(w) >= 5 && f.lex.IsWord(in[i].lower) {
			return 0, nil // RESPEKT, KLEINE: a word in capitals, no acronym
		}
		if n := f.acronymPlace(s, in, claimed, i); n > 0 {
			// THW Kiel, TU Berlin: an unknown acronym with a place is one name
			m := mk(s, i, i+1+n, newsgraph.Organization, Name, "acronym+place")
			m.Base = m.Text
			return 1 + n, []Mention{m}
		}
		m := mk(s, i, i+1, newsgraph.Organization, Acronym, "acronym")
		m.Base = strings.TrimSuffix(w, "s")
		if !isAllCaps(m.Base) {
			m.Base = w
		}
		return 1, []Mention{m}
	}
	if !in[i].upper {
		return 0, nil
	}
	if m, ok := f.personPart(s, in, i); ok {
		return 1, []Mention{m}
	}
	if f.districtName(s, in, i) {
		m := mk(s, i, i+1, newsgraph.Place, Name, "place+district")
		m.Base = m.Text
		return 1, []Mention{m}
	}
	if ps := f.compoundPart(s, in, i); len(ps) > 0 {
		// KNB-Chef, OVKS-Kräfte: the part is a mention; the word is consumed
		// so that later rules do not misread it.
		if role, ok := f.tokRole(in, i); ok {
			d := mk(s, i, i+1, newsgraph.Person, Description, "role-description:"+role.stem)
			d.Head, d.Role, d.Office = role.stem, role.stem, role.office
			return 1, append(ps, d)
		}
		return 1, ps
	}
	return 0, nil
}

// districtName reports whether token i is a town and a name joined by a
// hyphen (Berlin-Mitte, Köln-Wahn, Düsseldorf-Gerresheim): one place, not
// a compound with a place as its part.
func (f *Finder) districtName(s *text.Sentence, in []tokInfo, i int) bool {
	w := s.Tokens[i].Text
	k := strings.IndexByte(w, '-')
	if k <= 0 || k+3 >= len(w) || !isUpperInitial(w[k+1:]) {
		return false
	}
	if l := strings.LastIndexByte(w, '-'); l != k {
		// Rhein-Sieg-Kreis: more parts, the last a noun for a kind of place
		return f.townPart(in[i].lower[:k], w[:k]) && f.placeNoun(in[i].lower[l+1:])
	}
	if !f.townPart(in[i].lower[:k], w[:k]) {
		return false
	}
	rest := in[i].lower[k+1:]
	if compass[rest] || f.placeNoun(rest) {
		return true // Berlin-Mitte, Gaza-Streifen
	}
	if f.lex.IsCommonNoun(rest) || f.lex.funcWords[rest] || len(f.lex.phrasesOf(rest)) > 0 {
		return false
	}
	if _, ok := f.roleOf(rest); ok {
		return false
	}
	st, _ := f.orgHeadOf(rest)
	return st == ""
}

// lexiconGenitive reports whether a lowercase word is the genitive of a
// lexicon name (Deutschlands, Griechenlandes).
func (f *Finder) lexiconGenitive(lower string) bool {
	w, ok := strings.CutSuffix(lower, "s")
	if !ok || len(w) < 3 {
		return false
	}
	if len(f.lex.phrasesOf(w)) > 0 {
		return true
	}
	w, ok = strings.CutSuffix(w, "e")
	return ok && len(w) > 3 && len(f.lex.phrasesOf(w)) > 0
}

// personPart finds a person's full name as the first parts of a
// hyphenated compound (Gustav-Heinemann-Bürgerhaus, Karl-Marx-Stadt): a
// given name, a capitalised surname, then a noun.
func (f *Finder) personPart(s *text.Sentence, in []tokInfo, i int) (Mention, bool) {
	t := s.Tokens[i]
	a := strings.IndexByte(t.Text, '-')
	if a <= 0 {
		return Mention{}, false
	}
	b := strings.IndexByte(t.Text[a+1:], '-')
	if b <= 0 {
		return Mention{}, false
	}
	b += a + 1
	given, sur, rest := t.Text[:a], t.Text[a+1:b], t.Text[b+1:]
	if !isUpperInitial(sur) || !isUpperInitial(rest) || len(sur) < 3 || !f.lex.givens[given] && !f.isGivenExt(given) ||
		strings.IndexByte(rest, '-') >= 0 || isAllCaps(sur) || !f.lex.IsCommonNoun(strings.ToLower(rest)) {
		return Mention{}, false
	}
	m := Mention{
		Mention: newsgraph.Mention{Text: t.Text[:b], Span: newsgraph.Span{Start: t.Start, End: t.Start + b},
			Sentence: s.Index, Type: newsgraph.Person, Cue: "person-part"},
		Kind: Part, Base: t.Text[:b], First: i, Last: i + 1,
	}
	return m, true
}

// townPart reports whether the first part of a hyphenated word is a known
// town or region (Berlin in Berlin-Mitte, Gaza in Gaza-Streifen).
func (f *Finder) townPart(lower, word string) bool {
	for _, p := range f.lex.phrasesOf(lower) {
		if len(p.toks) == 1 && p.toks[0] == word && (p.typ == newsgraph.Place || p.typ == newsgraph.State && p.city) {
			return true
		}
	}
	return false
}

// acronymPlace returns how many tokens after the acronym at i name a
// place that belongs to it (TU Berlin, THW Kiel, SK Wißgoldingen): one
// known city or state, or one unknown capitalised word; 0 when none.
func (f *Finder) acronymPlace(s *text.Sentence, in []tokInfo, claimed []bool, i int) int {
	j := i + 1
	if j >= len(in) || claimed[j] || !f.nameLike(s, in, j) {
		return 0
	}
	if j+1 < len(in) && (s.Tokens[j+1].Text == "(" || in[j+1].upper) {
		return 0 // an apposition or a longer name: unclear extent
	}
	for _, p := range f.lex.phrasesOf(in[j].lower) {
		if len(p.toks) == 1 && p.toks[0] == s.Tokens[j].Text && (p.typ == newsgraph.Place || p.typ == newsgraph.State && p.city) {
			return 1
		}
	}
	if f.unknownNameWord(s, in, j) {
		return 1 // SK Wißgoldingen, PKN Orlen, CGX Energy
	}
	return 0
}

// unknownNameWord reports whether token j is a capitalised word that no
// list knows (no word form, no common noun, no lexicon name, no given
// name, no surname shape): the rest of a name it follows.
func (f *Finder) unknownNameWord(s *text.Sentence, in []tokInfo, j int) bool {
	return j < len(in) && f.nameLike(s, in, j) && len(f.lex.phrasesOf(in[j].lower)) == 0 && !f.lex.IsWord(in[j].lower) &&
		!f.isCommon(in, j) && !f.tokGiven(s, in, j) && !hasNameSuffix(in[j].lower)
}

// extendLexiconName returns how many tokens after a lexicon match ending
// at j belong to a longer name: a legal form (Audi AG, Google Inc.), or
// one unknown word after an organisation (BNP Paribas, Mitsubishi UFJ).
func (f *Finder) extendLexiconName(s *text.Sentence, in []tokInfo, claimed []bool, j int) int {
	toks := s.Tokens
	if j >= len(toks) || claimed[j] || toks[j].Start == toks[j-1].End {
		return 0
	}
	if t, ok := f.lex.lastWord(toks[j].Text); ok && t == newsgraph.Organization {
		if j+1 < len(toks) && toks[j+1].Text == "." && toks[j+1].Start == toks[j].End && f.lex.nameLast[toks[j].Text+"."] != "" {
			return 2 // Inc.
		}
		return 1
	}
	if (isAllCaps(toks[j].Text) && !f.lex.stop.has(toks[j].Text) && len(f.lex.phrasesOf(in[j].lower)) == 0 || f.unknownNameWord(s, in, j)) &&
		(j+1 >= len(toks) || !in[j+1].upper) {
		return 1
	}
	return 0
}

// description finds noun phrases that refer back to a named entity:
// der Präsident, das Bündnis, die Militärallianz, der Geheimdienst.
func (f *Finder) description(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, i int) (int, []Mention) {
	if pronounSet.has(in[i].lower) && in[i].lower != "es" {
		m := mk(s, i, i+1, "", Pronoun, "pronoun:"+in[i].lower)
		m.Head = in[i].lower
		if m.Head == "sie" {
			m.Head += f.number(s, in, i)
		}
		return 1, []Mention{m}
	}
	if !in[i].upper || i == 0 {
		return 0, nil
	}
	// a determiner, possibly with adjectives, before the noun
	j := i - 1
	for j >= 0 && !in[j].upper && isAdjective(in[j].lower) && !determiners[in[j].lower] {
		j--
	}
	if j < 0 || !determiners[in[j].lower] {
		return 0, nil
	}
	if role, ok := f.tokRole(in, i); ok {
		m := mk(s, i, i+1, newsgraph.Person, Description, "role-description:"+role.stem)
		m.Head, m.Role, m.Office = role.stem, role.stem, role.office
		return 1, []Mention{m}
	}
	if stem, k := f.tokOrg(in, i); k == "desc" {
		m := mk(s, i, i+1, newsgraph.Organization, Description, "org-description:"+stem)
		m.Head = stem
		return 1, []Mention{m}
	}
	return 0, nil
}

// number tells from the finite verb next to "sie" whether it is singular
// (she: "sie sagte", "erklärte sie") or plural (they: "sie sagten"):
// ":sg", ":pl" or "" when unclear.
func (f *Finder) number(s *text.Sentence, in []tokInfo, i int) string {
	for _, j := range []int{i + 1, i - 1} {
		if j < 0 || j >= len(s.Tokens) || s.Tokens[j].Kind != text.Word || in[j].upper && j != 0 {
			continue
		}
		w := in[j].lower
		if f.lex.funcWords[w] {
			continue
		}
		switch {
		case singularVerbs[w]:
			return ":sg"
		case pluralVerbs[w] || strings.HasSuffix(w, "en") && len(w) > 4:
			return ":pl"
		case strings.HasSuffix(w, "te") || strings.HasSuffix(w, "t") && !strings.HasSuffix(w, "st") ||
			strings.HasSuffix(w, "e") && len(w) > 3: // sagte, sagt, bleibe (reported speech)
			return ":sg"
		}
		return ""
	}
	return ""
}

var singularVerbs = map[string]bool{"ist": true, "war": true, "hat": true, "hatte": true, "wurde": true, "wird": true,
	"sei": true, "habe": true, "soll": true, "sollte": true, "muss": true, "musste": true, "kann": true,
	"konnte": true, "will": true, "wollte": true, "darf": true, "durfte": true, "werde": true}

var pluralVerbs = map[string]bool{"sind": true, "waren": true, "haben": true, "hatten": true, "wurden": true,
	"werden": true, "seien": true, "hätten": true, "sollen": true, "sollten": true, "müssen": true,
	"mussten": true, "können": true, "konnten": true, "wollen": true, "wollten": true, "dürfen": true}

// weak types the capitalised words left over using what the article
// taught: surnames of people found earlier (Tokajews), names after a
// locative preposition (in Orenburg), one-word organisation names.
func (f *Finder) weak(s *text.Sentence, in []tokInfo, claimed []bool, st *docState, out, strongMs []Mention) []Mention {
	toks := s.Tokens
	weakStart := len(out)
	for i := 0; i < len(toks); i++ {
		if claimed[i] || !f.nameLike(s, in, i) {
			continue
		}
		if n, m := f.quotedName(s, in, claimed, i); n > 0 {
			out = append(out, m)
			for k := i; k < i+n; k++ {
				claimed[k] = true
			}
			i += n - 1
			continue
		}
		w := toks[i].Text
		base := w
		if strings.HasSuffix(w, "s") && st.surnames[w[:len(w)-1]] {
			base = w[:len(w)-1]
		}
		if st.surnames[base] && !(i > 0 && in[i-1].upper && f.placeNoun(in[i-1].lower)) {
			m := mk(s, i, i+1, newsgraph.Person, Name, "known-surname")
			m.Base = base
			f.attachRole(s, in, i, []Mention{m})
			out = append(out, m)
			claimed[i] = true
			continue
		}
		if st.orgNames[w] {
			m := mk(s, i, i+1, newsgraph.Organization, Name, "known-org")
			m.Base = w
			out = append(out, m)
			claimed[i] = true
			continue
		}
		if i > 0 && strongLocatives[in[i-1].lower] && !f.lex.IsWord(in[i].lower) && f.lex.hasPlaceHead(in[i].lower) {
			// in Weinsberg, nach Königswinter: a compound with a place-name ending
			m := mk(s, i, i+1, newsgraph.Place, Name, "locative+place-ending")
			m.Base = w
			out = append(out, m)
			claimed[i] = true
			continue
		}
		if f.isCommon(in, i) || i == 0 && f.lex.IsWord(in[i].lower) {
			continue
		}
		// Putins Sprecher, Lukaschenkos Pressedienst: a genitive before a role
		if i+1 < len(toks) && strings.HasSuffix(w, "s") && len(w) > 4 && in[i+1].upper {
			if _, ok := f.tokRole(in, i+1); ok {
				m := mk(s, i, i+1, newsgraph.Person, Name, "genitive+role")
				m.Base = w[:len(w)-1]
				out = append(out, m)
				claimed[i] = true
				continue
			}
		}
		// Roddicks Sieg, Böhmens Statthalter: an unknown genitive before a noun
		if i > 0 && i+1 < len(toks) && len(w) > 4 && strings.HasSuffix(w, "s") && in[i+1].upper && !articleLike[in[i-1].lower] &&
			!determiners[in[i-1].lower] && !f.lex.IsWord(in[i].lower) && f.isCommon(in, i+1) && !strings.HasSuffix(w, "ss") {
			if _, ok := f.tokRole(in, i+1); !ok {
				stem := w[:len(w)-1]
				typ, cue := newsgraph.Person, "genitive+noun"
				if f.lex.isTown(stem) || f.lex.hasPlaceHead(strings.ToLower(stem)) || strings.HasSuffix(stem, "ien") || strings.HasSuffix(stem, "en") {
					typ, cue = newsgraph.Place, "genitive+noun:place"
				}
				m := mk(s, i, i+1, typ, Name, cue)
				m.Base = stem
				out = append(out, m)
				claimed[i] = true
				continue
			}
		}
		if i > 0 && in[i-1].upper && !claimed[i-1] && (f.placeNoun(in[i-1].lower) || f.classNounBeforeName(in[i-1].lower)) {
			// Gemeinde Rize, Badeort Kalyra: the class noun says it is a place
			j := i + 1
			for j < len(toks) && j-i < 3 && !claimed[j] && f.nameLike(s, in, j) && !f.isCommon(in, j) {
				j++ // Stadtteil Hlaing Tharyar
			}
			m := mk(s, i, j, newsgraph.Place, Name, "place-noun+name")
			m.Base = m.Text
			out = append(out, m)
			for k := i; k < j; k++ {
				claimed[k] = true
			}
			i = j - 1
			continue
		}
		// Putin sagte, sagte Biden: next to a verb of speech or stance
		if (i+1 < len(toks) && f.lex.personVerbs[in[i+1].lower] || i > 0 && f.lex.personVerbs[in[i-1].lower] && (i+1 >= len(toks) || !in[i+1].upper)) &&
			(i == 0 || !articleLike[in[i-1].lower]) {
			// (not after an article: in einem Telefonat dankte X is a noun the lists lack)
			m := mk(s, i, i+1, newsgraph.Person, Name, "subject-of-speech-verb")
			m.Base = w
			out = append(out, m)
			claimed[i] = true
			continue
		}
		if i+1 < len(toks) && in[i+1].upper && f.classNounBeforeName(in[i].lower) {
			continue // im Badeort Kalyra: the compound is the class noun, the name follows
		}
		if f.locationContext(s, in, i) && (strongLocatives[in[i-1].lower] || !weakLocatives[in[i-1].lower]) ||
			i > 0 && (in[i-1].lower == "vom" || in[i-1].lower == "von") && i+1 < len(toks) && toks[i+1].Text == "aus" ||
			i > 0 && f.directionalDemonym(in[i-1].lower) {
			j := i + 1
			if st.placeLike[w] {
				for j < len(toks) && j-i < 3 && !claimed[j] && f.nameLike(s, in, j) && !f.isCommon(in, j) {
					j++ // in Marat Numan, a place introduced by a class noun
				}
			}
			m := mk(s, i, j, newsgraph.Place, Name, "locative")
			m.Base = m.Text
			out = append(out, m)
			for k := i; k < j; k++ {
				claimed[k] = true
			}
			i = j - 1
			continue
		}
		if n, m := f.unknownName(s, in, claimed, i, strongMs, out[weakStart:]); n > 0 {
			out = append(out, m)
			for k := i; k < i+n; k++ {
				claimed[k] = true
			}
			i += n - 1
			continue
		}
		if i == 0 || !f.unknownNames {
			continue
		}
		// An unknown name of unknown type: kept for taggers that must
		// label every name; the resolver ignores it.
		j := i + 1
		for j < len(toks) && !claimed[j] && f.nameLike(s, in, j) && !f.isCommon(in, j) {
			j++
		}
		if j-i < 2 {
			continue // a single unknown word is more often a rare noun than a name
		}
		m := mk(s, i, j, "", Name, "unknown-name")
		m.Base = m.Text
		out = append(out, m)
		for k := i; k < j; k++ {
			claimed[k] = true
		}
		i = j - 1
	}
	return out
}

func isDash(t string) bool { return t == "–" || t == "-" || t == "—" }
