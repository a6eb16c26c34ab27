package mentions

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"hash/maphash"
	"io"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

//go:embed data/*.txt data/*.tsv data/*.gz
var dataFS embed.FS

// phrase is a gazetteer entry: a sequence of tokens that names something.
type phrase struct {
	toks  []string // token texts, case as listed
	canon string   // canonical name of what it names
	typ   newsgraph.EntityType
	cue   string // lexicon the entry came from
	seat  bool   // a capital or seat of power: a State as actor, a Place as location
	city  bool   // a capital: may be a Place by context
}

// roleInfo describes a role noun stem.
type roleInfo struct {
	stem   string
	office bool
	group  string // roles a description may refer back across
}

// orgHead describes a noun heading an organisation name.
type orgHead struct {
	stem string
	kind string // inst, desc, media
}

// Lexicon is the linguistic knowledge of the mention finder, loaded once
// from the embedded data files.
type Lexicon struct {
	phrases       map[string][]*phrase // first token (lowercase) → entries, longest first
	demonyms      map[string]string    // adjective stem → state canonical name
	givens        map[string]bool
	placeRel      map[string]bool     // nouns before "von" + place (Nähe, Südosten)
	towns         *wordTable          // towns of the world (GeoNames): weak evidence of a place
	english       *wordTable          // lowercase English words (SCOWL): not names when capitalised in German text
	domains       map[string]bool     // top-level domains (de, com)
	givensAmbig   *smallSet           // given names that are also words (Wolf, Grant): only before a surname
	givensExt     *wordTable          // a long list of given names, weaker evidence
	givensAll     *wordTable          // givens and givensExt together
	female        *wordTable          // given names borne by women only
	funcWords     map[string]bool     // closed-class words
	lowerStarts   *smallSet           // gazetteer entries that start with a lower-case word (taz, dpa)
	personVerbs   map[string]bool     // verbs whose subject is mostly a person
	roles         map[string]roleInfo // stem → info
	orgHeads      map[string]orgHead
	events        map[string]bool
	actors        map[string]string // generic institution noun → its nominative article (die Regierung)
	unionBodies   map[string]bool   // canons of bodies called "die Union" for short (EU)
	townRoles     map[string]bool   // role stems serving a town (bürgermeister)
	stop          *smallSet         // capitalised words that are never names
	words         map[string]bool   // known word forms → the form is a noun form (not a name the list happens to hold); only while loading
	wordTab       *wordTable        // words, as a compact read-only table for the hot look-ups
	roleSet       suffixSet
	personNouns   suffixSet // kinship and profession nouns before a name (Tante, Olympiasieger)
	orgSet        suffixSet
	eventSet      suffixSet
	nameSuffixes  endingSet
	nounSuffixes  endingSet
	placeHeads    wordSet
	nameHeads     wordSet                         // heads of compounds that are names (Wallberg, Heidfeld)
	adverbEnds    endingSet                       // endings of adverbs the word lists lack (-weise, -lich)
	placeAdj      map[string]string               // adjective stem → region or continent
	inhabitants   map[string]string               // inhabitant noun (lowercase) → state
	inhabitantSet *wordTable                      // its keys, with a filter: most words are none
	phraseKeys    *wordTable                      // keys of phrases, with a filter: asked of nearly every word
	other         *smallSet                       // GermEval OTH names that are no entity
	clubs         *smallSet                       // words opening club names (FC, Borussia)
	workSet       suffixSet                       // nouns introducing a quoted title
	placeClass    suffixSet                       // nouns before a place's name (Gemeinde, Insel)
	siteSet       suffixSet                       // heads of street and building names (-straße, -kapelle)
	namedEventSet suffixSet                       // nouns of named historical events (Krieg, Revolution)
	rolePrefixes  map[string]bool                 // bound prefixes of role nouns (sonder, vize)
	titles        *smallSet                       // forms of address before a name (Frau, Dr.)
	nameFirst     map[string]newsgraph.EntityType // words opening a place's name (San, Puerto)
	nameLast      map[string]newsgraph.EntityType // words closing a name (Island; AG, School)
	nameLastKeys  lenFilter                       // keys of nameLast, asked of up to four words after every name-like token
	headStarts    prefixFilter                    // first bytes of every known word, to skip hopeless look-ups
	givenLower    map[string]bool                 // curated given names, lowercased
	rolePtrs      map[string]*roleInfo
	commonCache   *commonMemo // word → IsCommonNoun result, for words not in the lists
	orgPtrs       map[string]*orgHead
}

// rolePtr returns the lexicon's entry for a role stem.
func (l *Lexicon) rolePtr(stem string) *roleInfo {
	return l.rolePtrs[stem]
}

// orgPtr returns the lexicon's entry for an organisation head stem.
func (l *Lexicon) orgPtr(stem string) *orgHead {
	return l.orgPtrs[stem]
}

// wordSet is a set of lowercase words.
type wordSet map[string]struct{}

func (w wordSet) has(s string) bool {
	_, ok := w[s]
	return ok
}

var (
	lexOnce sync.Once
	lex     *Lexicon
)

// Default returns the embedded lexicon, loading it on first use.
func Default() *Lexicon {
	lexOnce.Do(func() { lex = load() })
	return lex
}

func lines(name string) []string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic("mentions: missing embedded data file " + name) // a build error, not bad input
	}
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func load() *Lexicon {
	l := &Lexicon{
		commonCache: newCommonMemo(),
		phrases:     map[string][]*phrase{},
		demonyms:    map[string]string{},
		givens:      map[string]bool{},
		roles:       map[string]roleInfo{},
		orgHeads:    map[string]orgHead{},
		events:      map[string]bool{},
		stop:        newSmallSet(),
	}
	for _, row := range lines("states.tsv") {
		f := strings.Split(row, "\t")
		for len(f) < 5 {
			f = append(f, "")
		}
		canon := strings.TrimSpace(f[0])
		l.addPhrase(canon, canon, newsgraph.State, "state", false, false)
		for _, v := range splitList(f[1]) {
			l.addPhrase(v, canon, newsgraph.State, "state", false, false)
		}
		for _, d := range splitList(f[2]) {
			l.demonyms[d] = canon
		}
		for _, c := range splitList(f[3]) {
			l.addPhrase(c, canon, newsgraph.State, "capital", true, true)
		}
		for _, s := range splitList(f[4]) {
			l.addPhrase(s, canon, newsgraph.State, "seat", true, false)
		}
	}
	for _, row := range lines("places.txt") {
		f := strings.Split(row, "\t")
		canon := strings.TrimSpace(f[0])
		if len(f) > 1 && strings.TrimSpace(f[1]) != "" {
			canon = strings.TrimSpace(f[1])
		}
		l.addPhrase(strings.TrimSpace(f[0]), canon, newsgraph.Place, "place", false, false)
	}
	for _, row := range lines("org_aliases.tsv") {
		f := strings.Split(row, "\t")
		canon := strings.TrimSpace(f[0])
		l.addPhrase(canon, canon, newsgraph.Organization, "org", false, false)
		if len(f) > 1 {
			for _, v := range splitList(f[1]) {
				l.addPhrase(v, canon, newsgraph.Organization, "org", false, false)
			}
		}
	}
	l.givenLower = map[string]bool{}
	for _, row := range lines("given_names.txt") {
		l.givens[strings.TrimSpace(row)] = true
		l.givenLower[strings.ToLower(strings.TrimSpace(row))] = true
	}
	for _, row := range lines("roles.txt") {
		f := strings.Split(row, "\t")
		stem := strings.TrimSpace(f[0])
		ri := roleInfo{stem: stem, office: len(f) > 1 && strings.TrimSpace(f[1]) == "office", group: stem}
		if len(f) > 2 && strings.TrimSpace(f[2]) != "" {
			ri.group = strings.TrimSpace(f[2])
		}
		l.roles[stem] = ri
	}
	for _, row := range lines("org_heads.txt") {
		f := strings.Split(row, "\t")
		stem := strings.TrimSpace(f[0])
		kind := "desc"
		if len(f) > 1 {
			kind = strings.TrimSpace(f[1])
		}
		if old, ok := l.orgHeads[stem]; ok && old.kind != "media" && kind == "media" {
			continue // keep the institution reading
		}
		l.orgHeads[stem] = orgHead{stem: stem, kind: kind}
	}
	l.townRoles = map[string]bool{}
	for _, row := range lines("town_roles.txt") {
		l.townRoles[strings.TrimSpace(row)] = true
	}
	l.unionBodies = map[string]bool{}
	for _, row := range lines("union_bodies.txt") {
		l.unionBodies[strings.TrimSpace(row)] = true
	}
	l.actors = map[string]string{}
	for _, row := range lines("actor_nouns.txt") {
		f := strings.Split(row, "\t")
		if len(f) < 2 {
			continue
		}
		noun := strings.TrimSpace(f[0])
		l.actors[noun] = strings.TrimSpace(f[1])
		if len(f) > 2 && strings.TrimSpace(f[2]) == "state" {
			l.actors[noun+":state"] = "state"
		}
	}
	for _, row := range lines("events.txt") {
		stem := strings.TrimSpace(row)
		l.events[stem] = true
	}
	for _, file := range []string{"stop.txt", "peoples.txt"} {
		for _, row := range lines(file) {
			l.stop.add(strings.TrimSpace(row))
		}
	}
	for _, row := range lines("name_suffixes.txt") {
		l.nameSuffixes.add(strings.TrimSpace(row))
	}
	for _, row := range lines("noun_suffixes.txt") {
		l.nounSuffixes.add(strings.TrimSpace(row))
	}
	for _, row := range lines("person_nouns.txt") {
		l.personNouns.add(strings.TrimSpace(row))
	}
	l.rolePtrs = map[string]*roleInfo{}
	for k, r := range l.roles {
		l.roleSet.add(k)
		l.rolePtrs[k] = &r
	}
	l.orgPtrs = map[string]*orgHead{}
	for k, h := range l.orgHeads {
		l.orgSet.add(k)
		l.orgPtrs[k] = &h
	}
	for k := range l.events {
		l.eventSet.add(k)
	}
	l.placeAdj = map[string]string{}
	for _, row := range lines("place_adjectives.tsv") {
		f := strings.Split(row, "\t")
		if len(f) == 2 {
			l.placeAdj[strings.TrimSpace(f[0])] = strings.TrimSpace(f[1])
		}
	}
	l.nameFirst, l.nameLast = map[string]newsgraph.EntityType{}, map[string]newsgraph.EntityType{}
	for _, row := range lines("name_affixes.tsv") {
		c := strings.Split(row, "\t")
		if len(c) != 3 {
			panic("mentions: bad row in name_affixes.tsv: " + row)
		}
		if c[1] == "first" {
			l.nameFirst[c[0]] = newsgraph.EntityType(c[2])
		} else {
			l.nameLast[c[0]] = newsgraph.EntityType(c[2])
			l.nameLastKeys.add(c[0])
		}
	}
	l.titles = newSmallSet()
	for _, row := range lines("titles.txt") {
		l.titles.add(strings.TrimSpace(row))
	}
	l.rolePrefixes = map[string]bool{}
	for _, row := range lines("role_prefixes.txt") {
		l.rolePrefixes[strings.TrimSpace(row)] = true
	}
	for _, row := range lines("named_event_heads.txt") {
		l.namedEventSet.add(strings.TrimSpace(row))
	}
	for _, row := range lines("site_heads.txt") {
		l.siteSet.add(strings.TrimSpace(row))
	}
	for _, row := range lines("place_nouns.txt") {
		l.placeClass.add(strings.TrimSpace(row))
	}
	for _, row := range lines("work_nouns.txt") {
		l.workSet.add(strings.TrimSpace(row))
	}
	l.clubs = newSmallSet()
	for _, row := range lines("club_prefixes.txt") {
		l.clubs.add(strings.TrimSpace(row))
	}
	l.other = newSmallSet()
	for _, row := range lines("other.txt") {
		l.other.add(strings.TrimSpace(row))
	}
	l.placeHeads = wordSet{}
	for _, row := range lines("place_heads.txt") {
		l.placeHeads[strings.TrimSpace(row)] = struct{}{}
	}
	l.nameHeads = wordSet{}
	for _, row := range lines("name_heads.txt") {
		l.nameHeads[strings.TrimSpace(row)] = struct{}{}
	}
	for _, row := range lines("adverb_endings.txt") {
		l.adverbEnds.add(strings.TrimSpace(row))
	}
	l.placeRel = map[string]bool{}
	for _, row := range lines("place_relations.txt") {
		l.placeRel[strings.TrimSpace(row)] = true
	}
	l.domains = map[string]bool{}
	for _, row := range lines("domains.txt") {
		l.domains[strings.TrimSpace(row)] = true
	}
	l.givensAmbig = newSmallSet()
	for _, row := range lines("given_names_ambiguous.txt") {
		l.givensAmbig.add(strings.TrimSpace(row))
	}
	l.words = make(map[string]bool, 360000)
	for w := range loadGz("words.txt.gz", 360000) {
		l.words[w] = false
	}
	for w := range loadGz("noun_forms.txt.gz", 130000) {
		l.words[w] = true
	}
	for w := range loadGz("nouns.txt.gz", 0) {
		l.words[w] = true
	}
	for w := range l.words {
		l.headStarts.add(w)
	}
	l.inhabitants = inhabitantNouns(l.demonyms, l.words)
	inh := make(map[string]struct{}, len(l.inhabitants))
	for k := range l.inhabitants {
		inh[k] = struct{}{}
	}
	l.inhabitantSet = tableOf(inh)
	l.funcWords = map[string]bool{}
	for _, row := range lines("function_words.txt") {
		if _, ok := l.words[strings.TrimSpace(row)]; !ok {
			l.words[strings.TrimSpace(row)] = false
		}
		l.funcWords[strings.TrimSpace(row)] = true
	}
	// compact tables, not maps: fewer cache misses, and nothing for the
	// garbage collector to scan
	ext := loadGz("given_names_ext.txt.gz", 70000)
	l.givensExt = tableOf(ext)
	for g := range l.givens {
		ext[g] = struct{}{}
	}
	l.givensAll = tableOf(ext) // one filtered look-up for "any given name"
	l.towns = tableOf(loadGz("towns.txt.gz", 15000))
	l.english = tableOf(loadGz("english_words.txt.gz", 65000))
	l.female = tableOf(loadGz("given_names_female.txt.gz", 33000))
	l.personVerbs = map[string]bool{}
	for _, row := range lines("person_verbs.txt") {
		l.personVerbs[strings.TrimSpace(row)] = true
	}
	l.lowerStarts = newSmallSet()
	for k, ps := range l.phrases {
		for _, p := range ps {
			if !isUpperInitial(p.toks[0]) {
				l.lowerStarts.add(k)
			}
		}
	}
	// asked mostly about words it holds: a filter would not pay
	l.wordTab = newWordTable(l.words, false)
	l.words = nil // every later look-up goes through wordTab
	keys := make(map[string]struct{}, len(l.phrases))
	for k := range l.phrases {
		keys[k] = struct{}{}
	}
	l.phraseKeys = tableOf(keys)
	// Longest phrases first, so that matching takes the longest.
	for k, ps := range l.phrases {
		for i := 1; i < len(ps); i++ {
			for j := i; j > 0 && len(ps[j].toks) > len(ps[j-1].toks); j-- {
				ps[j], ps[j-1] = ps[j-1], ps[j]
			}
		}
		l.phrases[k] = ps
	}
	return l
}

func (l *Lexicon) addPhrase(form, canon string, t newsgraph.EntityType, cue string, seat, city bool) {
	toks := text.Tokenize(form)
	if len(toks) == 0 {
		return
	}
	p := &phrase{canon: canon, typ: t, cue: cue, seat: seat, city: city}
	for _, tk := range toks {
		p.toks = append(p.toks, tk.Text)
	}
	key := strings.ToLower(p.toks[0])
	for _, q := range l.phrases[key] {
		if q.canon == p.canon && equalToks(q.toks, p.toks) {
			return
		}
	}
	l.phrases[key] = append(l.phrases[key], p)
}

func equalToks(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// loadGz reads an embedded gzip-compressed list, one entry a line.
func loadGz(name string, size int) map[string]struct{} {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		panic("mentions: missing embedded list " + name)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		panic("mentions: corrupt embedded list " + name)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		panic("mentions: corrupt embedded list " + name)
	}
	m := make(map[string]struct{}, size)
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		if w := sc.Text(); w != "" && w[0] != '#' {
			m[w] = struct{}{}
		}
	}
	return m
}

// IsWord reports whether the lowercase form w is a known German word form.
func (l *Lexicon) IsWord(w string) bool {
	_, ok := l.wordTab.get(w)
	return ok
}

// IsCommonNoun reports whether a capitalised word is an ordinary German
// word rather than a name: known as a whole, formed with a noun suffix
// (-ung, -heit, -ität …), or a compound whose last part (at least four
// letters) is a known word and whose first part is a known word or itself
// ends in one (Sicherheitskräfte, Menschenrechtsverletzungen).
func (l *Lexicon) IsCommonNoun(lower string) bool {
	// the memo first: a fifth of the word table's size, so more of it
	// stays in the processor's cache, and news repeats its words
	if c, ok := l.commonCache.get(lower); ok {
		return c
	}
	noun, word := l.wordTab.get(lower)
	var c bool
	switch {
	case noun:
		c = true
	case word:
		c = !l.properForm(lower)
	default:
		c = l.isCommonNoun(lower)
	}
	l.commonCache.put(lower, c)
	return c
}

// commonMemo is a concurrency-safe memo of IsCommonNoun answers: a
// direct-mapped table of 64-bit words, each the word's hash with the
// answer in its low bit, read and written atomically. A look-up is one
// hash and one load; the map under a read-write lock it replaces cost
// three times as much. A slot holds the last word hashed to it; a hit
// needs all 63 high bits of the hash to agree, so a wrong answer would
// take a 63-bit collision.
type commonMemo struct {
	seed  maphash.Seed
	slots []atomic.Uint64
}

// commonMemoBits sizes the memo: 2^17 slots, 1 MiB.
const commonMemoBits = 17

func newCommonMemo() *commonMemo {
	return &commonMemo{seed: maphash.MakeSeed(), slots: make([]atomic.Uint64, 1<<commonMemoBits)}
}

func (c *commonMemo) get(w string) (bool, bool) {
	h := maphash.String(c.seed, w) | 1<<63 // never 0: 0 marks an empty slot
	v := c.slots[h&(1<<commonMemoBits-1)].Load()
	if v>>1 != h>>1 {
		return false, false
	}
	return v&1 == 1, true
}

func (c *commonMemo) put(w string, b bool) {
	h := maphash.String(c.seed, w) | 1<<63
	v := h &^ 1
	if b {
		v |= 1
	}
	c.slots[h&(1<<commonMemoBits-1)].Store(v)
}

func (l *Lexicon) isCommonNoun(lower string) bool {
	if i := strings.LastIndexByte(lower, '-'); i > 0 && i+1 < len(lower) {
		// Sicherheits-Chef and Linux-Versionen are common nouns; Kyzylorda-Süd
		// and Chabar-24 are names
		last := lower[i+1:]
		if isNumber(last) || compass[last] {
			return false
		}
		return l.IsCommonNoun(last)
	}
	if l.hasNounSuffix(lower) || l.inflectedNoun(lower) {
		return true
	}
	for i := 3; i+3 <= len(lower); i++ {
		if !utf8.RuneStart(lower[i]) || !l.headStarts.has(lower[i:]) || !l.IsWord(lower[i:]) {
			continue
		}
		if len(lower)-i == 3 {
			// a three-letter head (Terrorakt, Flüssiggas) only after a
			// modifier that is a word itself
			if l.isModifier(lower[:i], 1) && !l.placeHeads.has(lower[i:]) {
				return true
			}
			continue
		}
		if l.nameHeads.has(lower[i:]) && !l.isNounModifier(lower[:i]) {
			// Wallberg, Karlstein, Heidfeld: a compound the word lists
			// lack with a place-name head is a name more often than not
			continue
		}
		if l.isModifier(lower[:i], 2) {
			return true
		}
		// Achtelfinale, Hinspiel: a known noun of five letters or more
		// after any modifier, unless it is a typical place-name ending
		// (Rosenheim, Orenburg)
		if utf8.RuneCountInString(lower[i:]) >= 5 && !l.placeHeads.has(lower[i:]) {
			if noun, _ := l.wordTab.get(lower[i:]); noun {
				return true // not a verb form: Spaichingen is no compound of hingen
			}
		}
	}
	return false
}

// nounEndings are plural, case and feminine endings whose removal from a
// word the lists lack may leave a known noun (Infanteristen, Dramaturgin,
// Werbespots). -er is left out: it ends surnames made from nouns
// (Steiner, Hofer).
var nounEndings = []string{"innen", "in", "en", "es", "n", "e", "s"}

// deumlaut maps umlauts to their vowels (Bögen → Bogen, Zukäufe → Zukaufe).
var deumlaut = strings.NewReplacer("ä", "a", "ö", "o", "ü", "u")

// inflectedNoun reports whether lower is an inflected form of a known
// noun that the lists do not hold themselves: a known noun with a plural,
// case or feminine ending, or with an umlaut plural.
func (l *Lexicon) inflectedNoun(lower string) bool {
	forms := []string{lower}
	if strings.ContainsAny(lower, "äöü") {
		forms = append(forms, deumlaut.Replace(lower))
	}
	for k, w := range forms {
		if k > 0 {
			if noun, _ := l.wordTab.get(w); noun {
				return true
			}
		}
		for _, e := range nounEndings {
			stem, ok := strings.CutSuffix(w, e)
			if !ok || utf8.RuneCountInString(stem) < 5 {
				continue
			}
			if noun, _ := l.wordTab.get(stem); noun {
				return true
			}
		}
	}
	return false
}

// isNounModifier reports whether m, the first part of a compound, is a
// known noun, with or without a linking element (Tier in Tierheim, Katzen
// in Katzenheim): such compounds are common nouns even with a name head.
func (l *Lexicon) isNounModifier(m string) bool {
	for _, link := range []string{"", "s", "n", "en", "es", "e"} {
		if stem, ok := strings.CutSuffix(m, link); ok && len(stem) >= 3 {
			if noun, _ := l.wordTab.get(stem); noun {
				return true
			}
		}
	}
	return false
}

// isModifier reports whether m can be the first part of a compound: a
// known word, with or without a linking element, or a compound itself.
func (l *Lexicon) isModifier(m string, depth int) bool {
	for _, link := range []string{"", "s", "n", "en", "es", "e"} {
		if !strings.HasSuffix(m, link) {
			continue
		}
		stem := m[:len(m)-len(link)]
		if len(stem) < 3 {
			continue
		}
		if l.IsWord(stem) || l.IsWord(stem+"e") || l.IsWord(stem+"en") {
			return true
		}
		if depth > 1 {
			for i := 3; i+4 <= len(stem); i++ {
				if utf8.RuneStart(stem[i]) && l.IsWord(stem[i:]) && len(stem)-i >= 4 {
					return true
				}
			}
		}
	}
	return false
}

// phrasesOf returns the phrases whose first word is lower (lowercase),
// asking the filtered key table first: most words open none.
func (l *Lexicon) phrasesOf(lower string) []*phrase {
	if _, ok := l.phraseKeys.get(lower); !ok {
		return nil
	}
	return l.phrases[lower]
}

// isTown reports whether w (as written) is the name of a town that is no
// German word and no given name (Itzehoe, Cavaillon, Antsirabe).
func (l *Lexicon) isTown(w string) bool {
	_, ok := l.towns.get(w)
	return ok
}

// isEnglish reports whether the lowercase word w is an English word
// (server, download, tickets): capitalised in German text it is a loan
// noun more often than a name.
func (l *Lexicon) isEnglish(w string) bool {
	_, ok := l.english.get(w)
	if !ok && len(w) > 4 && w[len(w)-1] == 's' {
		_, ok = l.english.get(w[:len(w)-1]) // plural
	}
	return ok
}

// townOfAdjective returns the town an -er adjective is formed from
// (Itzehoer → Itzehoe, Bremer → Bremen, Münchner → München,
// Darmstädter → Darmstadt), or "".
func (l *Lexicon) townOfAdjective(w string) string {
	stem, ok := strings.CutSuffix(w, "er")
	if !ok {
		stem, ok = strings.CutSuffix(w, "ern") // den Bremern
	}
	if !ok || utf8.RuneCountInString(stem) < 3 {
		return ""
	}
	for _, c := range []string{stem, stem + "en", stem + "e", stem + "n", strings.TrimSuffix(stem, "n") + "en",
		strings.NewReplacer("ä", "a", "ö", "o", "ü", "u").Replace(stem), strings.TrimSuffix(stem, "an")} {
		if c != "" && l.isTown(c) {
			return c
		}
	}
	return ""
}

// adverbEnding reports whether a lowercase word ends like an adverb or
// conjunction (beispielsweise, folglich, daraufhin) rather than a name.
func (l *Lexicon) adverbEnding(w string) bool {
	return l.adverbEnds.endsWith(w)
}

// hasNounSuffix reports whether w ends in a suffix that forms German common
// nouns and hardly ever ends a name.
func (l *Lexicon) hasNounSuffix(w string) bool {
	return l.nounSuffixes.endsWith(w)
}

// isUpperInitial reports whether w starts with an upper-case letter.
func isUpperInitial(w string) bool {
	if w != "" && w[0] < utf8.RuneSelf { // asked of every token: ASCII without decoding
		return 'A' <= w[0] && w[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// isAllCaps reports whether w has at least two letters, all upper case
// (digits allowed: G7), optionally followed by a lowercase plural s.
func isAllCaps(w string) bool {
	letters := 0
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r >= '0' && r <= '9':
		case r == 's' && i == len(w)-1 && letters >= 2:
		default:
			return false
		}
	}
	return letters >= 2
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// RoleGroup returns the group of a role stem (head-of-state for präsident
// and staatschef), or the stem itself.
func (l *Lexicon) RoleGroup(stem string) string {
	if r, ok := l.roles[stem]; ok {
		return r.group
	}
	return stem
}

// compass words end place names (Kyzylorda-Süd, Berlin-Mitte).
var compass = map[string]bool{"nord": true, "süd": true, "ost": true, "west": true, "mitte": true, "zentrum": true, "city": true}

// inhabitantNouns derives the nouns for a state's people from its adjective
// stems: kasachisch → Kasache, Kasachen; japanisch → Japaner; spanisch →
// Spanier. Short bases are skipped so that no common word is generated.
func inhabitantNouns(demonyms map[string]string, words map[string]bool) map[string]string {
	out := map[string]string{}
	for stem, state := range demonyms {
		base, ok := strings.CutSuffix(stem, "isch")
		if !ok || utf8.RuneCountInString(base) < 4 || strings.Contains(base, "-") {
			continue
		}
		forms := []string{base + "e", base + "en", base + "in", base + "innen", base + "er", base + "ern", base + "erin", base + "erinnen"}
		if ier := strings.TrimSuffix(stem, "sch"); ier != stem {
			forms = append(forms, ier+"er", ier+"ern", ier+"erin", ier+"erinnen")
		}
		for _, f := range forms {
			out[f] = state
		}
	}
	return out
}

// prefixFilter is a bit set over a hash of the first three bytes of words:
// a word whose start is not in it is certainly not in the word list.
type prefixFilter struct {
	bits [1 << 14]uint64 // 2^20 bits
}

func prefixHash(w string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < 3 && i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h & (1<<20 - 1)
}

func (p *prefixFilter) add(w string) {
	h := prefixHash(w)
	p.bits[h>>6] |= 1 << (h & 63)
}

func (p *prefixFilter) has(w string) bool {
	h := prefixHash(w)
	return p.bits[h>>6]&(1<<(h&63)) != 0
}

// lastWord returns the type of the name a word closes (Island, AG, Inc.),
// also when it is written with a final period.
func (l *Lexicon) lastWord(w string) (newsgraph.EntityType, bool) {
	if l.nameLastKeys.may(w) {
		if t, ok := l.nameLast[w]; ok {
			return t, true
		}
	}
	if v, cut := strings.CutSuffix(w, "."); cut && l.nameLastKeys.may(v) {
		t, ok := l.nameLast[v]
		return t, ok
	}
	return "", false
}

// IsFemaleName reports whether the given name (or the first part of a
// hyphenated one) is borne by women only, as far as the lists know.
func (l *Lexicon) IsFemaleName(given string) bool {
	if i := strings.IndexAny(given, " -"); i > 0 {
		given = given[:i]
	}
	_, ok := l.female.get(given)
	return ok
}

// hasPlaceHead reports whether a word ends in a typical place-name part
// (Weinsberg, Königswinter is not; Ravensburg, Wesermünde are).
func (l *Lexicon) hasPlaceHead(lower string) bool {
	for i := 3; i < len(lower); i++ {
		if utf8.RuneStart(lower[i]) && l.placeHeads.has(lower[i:]) {
			return true
		}
	}
	return false
}

// properForm reports whether a form of the general word list is no common
// noun: a name the list happens to hold (paderborn, merkel), not a noun
// form, a genitive of one (jahres), an inflected adjective or participle
// used as a noun (allgemeinen, vorsitzender) or an infinitive (laufen).
func (l *Lexicon) properForm(w string) bool {
	if noun, _ := l.wordTab.get(w); noun || l.funcWords[w] {
		return false
	}
	for _, e := range []string{"es", "s", "ns", "n", "e"} {
		if stem, ok := strings.CutSuffix(w, e); ok && len(stem) >= 3 {
			if noun, _ := l.wordTab.get(stem); noun {
				return false
			}
		}
	}
	if l.adjectiveForm(w) || l.inflectedNoun(w) {
		return false
	}
	if stem, ok := strings.CutSuffix(w, "en"); ok && len(stem) >= 2 && l.IsWord(stem+"t") && l.IsWord(stem+"te") {
		return false // a verb's infinitive
	}
	return true
}

// adjectiveForm reports whether w is an inflected adjective or participle:
// the word list holds at least four of its five strong endings (deutsche,
// deutschen, deutscher …).
func (l *Lexicon) adjectiveForm(w string) bool {
	for _, e := range []string{"e", "en", "er", "es", "em"} {
		stem, ok := strings.CutSuffix(w, e)
		if !ok || len(stem) < 3 {
			continue
		}
		n := 0
		for _, e2 := range []string{"e", "en", "er", "es", "em"} {
			if l.IsWord(stem + e2) {
				n++
			}
		}
		if n >= 4 {
			return true
		}
	}
	return false
}
