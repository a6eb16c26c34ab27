package mentions

import (
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

// Names no lexicon knows: a capitalised word that is no German word
// (neither in the word lists nor a compound of known words) is a name in
// German text, where every common noun is in the word list or built from
// its words. Its type comes from the context (a locative preposition, an
// article, a place-name ending) and, failing that, from how such names
// mostly are used in news: people.

// sentence-opening tokens after which a capitalised word is capitalised
// because it starts a sentence or a quotation.
func opensSentence(t string) bool {
	switch t {
	case "„", "“", "\"", "»", "«", ":", "(", "–", "-", "—", "‚", "'", "...", "…":
		return true
	}
	return false
}

// startNameFollowers are function words that often follow a name opening
// a sentence (Kolb und …, Beck wurde …).
var startNameFollowers = map[string]bool{"und": true, "oder": true, "wurde": true, "wird": true, "sowie": true}

// articleLike are words that do not stand before a person's name in
// written German but do before organisations, places and works.
var articleLike = map[string]bool{
	"der": true, "die": true, "das": true, "des": true, "dem": true, "den": true,
	"vom": true, "zum": true, "zur": true, "beim": true, "am": true, "im": true, "ins": true,
	"ein": true, "eine": true, "einer": true, "eines": true, "einem": true, "einen": true,
}

// placeArticles are contractions before a place rather than a body (im
// Pustertal, ins Elsass).
var placeArticles = map[string]bool{"im": true, "ins": true}

// unknownCandidate reports whether token i may open an unknown name.
func (f *Finder) unknownCandidate(s *text.Sentence, in []tokInfo, claimed []bool, i int) bool {
	t := s.Tokens[i]
	if claimed[i] || !f.nameLike(s, in, i) || utf8.RuneCountInString(t.Text) < 2 {
		return false
	}
	if strings.HasSuffix(t.Text, "-") || f.lex.funcWords[in[i].lower] {
		return false // Land- in "Land- und Forstwirtschaft"
	}
	if f.isCommon(in, i) {
		return false
	}
	if f.lex.isEnglish(in[i].lower) && (i+1 >= len(s.Tokens) || !in[i+1].upper && !nameJoiners[s.Tokens[i+1].Text]) {
		return false // Tickets, Download: an English loan noun, unless a name goes on
	}
	if _, ok := f.tokRole(in, i); ok {
		return false // Blogger, Dissident: role nouns the word lists lack
	}
	if _, k := f.tokOrg(in, i); k != "" {
		return false
	}
	if i == 0 || opensSentence(s.Tokens[i-1].Text) {
		// capitalised anyway, and the word lists lack many adverbs and
		// numerals (Zumindest, Zwei): a name only when it is no word form
		// at all and has no adverb ending (Kolb war …, Derweil freut …)
		if utf8.RuneCountInString(t.Text) < 4 || f.lex.IsWord(in[i].lower) || f.lex.adverbEnding(in[i].lower) {
			return false
		}
		// Parallel dazu, Telefonat mit: a word the lists lack before a
		// preposition or adverb
		if i+1 < len(in) && !in[i+1].upper && f.lex.funcWords[in[i+1].lower] && !startNameFollowers[in[i+1].lower] {
			return false
		}
		if i+1 < len(in) && in[i+1].upper && f.isCommon(in, i+1) {
			return false // Jesu Liebe, Aktienkurse Frankfurt: a genitive or a word the lists lack
		}
		return true
	}
	return true
}

// unknownName reads a run of unknown capitalised words starting at token
// i and types it by its context. It returns the tokens consumed (0: none)
// and the mention.
func (f *Finder) unknownName(s *text.Sentence, in []tokInfo, claimed []bool, i int, strongMs, weakMs []Mention) (int, Mention) {
	toks := s.Tokens
	if !f.unknownCandidate(s, in, claimed, i) {
		return 0, Mention{}
	}
	j := i + 1
	foreign := false
	for j < len(toks) && j-i < 6 && !claimed[j] {
		if f.nameLike(s, in, j) && !f.isCommon(in, j) && !strings.HasSuffix(toks[j].Text, "-") {
			j++
			continue
		}
		// Council on Security, Gorge de la Langouette: lower-case name
		// particles between capitalised words
		k := j
		for k < len(toks) && k-j < 2 && !claimed[k] && nameJoiners[toks[k].Text] {
			k++
		}
		if k > j && k < len(toks) && !claimed[k] && f.nameLike(s, in, k) {
			foreign = foreign || englishJoiners[toks[j].Text]
			j = k + 1
			continue
		}
		break
	}
	last := j - 1
	lastLower := in[last].lower
	prev, prevTok := "", text.Token{}
	if i > 0 {
		prev, prevTok = in[i-1].lower, toks[i-1]
	}
	typ, kind, cue := newsgraph.Person, Name, "unknown-name"
	_, prevOrg := "", ""
	if i > 0 && in[i-1].upper {
		_, prevOrg = f.tokOrg(in, i-1)
	}
	if f.roleApposition(s, in, i, j) {
		// Der Botschafter in Washington, Omar Satti, …: the role's bearer,
		// not a third place in a list
		m := mk(s, i, j, newsgraph.Person, Name, "unknown-name:role-apposition")
		m.Base = m.Text
		return j - i, m
	}
	co := f.coordinatedWith(s, in, i, j, strongMs)
	if co == "" {
		co = f.coordinatedWith(s, in, i, j, weakMs) // Mandalay, Bago und Monywa
	}
	if co != "" && !f.afterDeterminedAdjective(in, i) {
		m := mk(s, i, j, co, Name, "unknown-name:coordinated")
		m.Base = m.Text
		return j - i, m
	}
	switch {
	case foreign:
		typ, cue = newsgraph.Organization, "unknown-name:foreign-phrase"
	case strongLocatives[prev] || placeArticles[prev]:
		typ, cue = newsgraph.Place, "unknown-name:locative"
	case f.inDateline(s, in, i):
		typ, cue = newsgraph.Place, "unknown-name:dateline"
	case f.lex.hasPlaceHead(lastLower) && !hasNameSuffix(lastLower):
		typ, cue = newsgraph.Place, "unknown-name:place-ending"
	case prev == "von" && j == i+1 && f.placeAfterVon(s, in, i, j):
		typ, cue = newsgraph.Place, "unknown-name:von-place"
	case j == i+1 && f.lex.isTown(toks[i].Text):
		typ, cue = newsgraph.Place, "unknown-name:town"
	case i > 0 && in[i-1].upper && f.placeNoun(prev):
		// Gemeinde Hérémence, Dörfer Hokkala: the class noun says what it is
		typ, cue = newsgraph.Place, "unknown-name:place-noun"
	case prevOrg != "":
		typ, cue = newsgraph.Organization, "unknown-name:org-noun"
	case j == i+1 && f.placeDerivation(lastLower):
		// Ravensburger: an adjective of a town
		typ, kind, cue = newsgraph.Place, Demonym, "unknown-name:place-adjective"
	case articleLike[prev] && j-i >= 2 && f.foreignRun(in, i, j):
		// der Jet Propulsion Laboratory, die Royal Air Force: a multi-word
		// name in another language after an article is mostly a body
		typ, cue = newsgraph.Organization, "unknown-name:article+foreign"
	case articleLike[prev] || prepositions[prev] && !nameIntro[prev] || determiners[prev] || quantifiers[prev]:
		// an article, determiner or quantifier before it: mostly a rare
		// common noun (diesem Pogrom, jeden Werktag)
		return 0, Mention{}
	case prevTok.Kind == text.Number || prevTok.Text == "%" || i > 0 && !in[i-1].upper && isAdjective(prev) && !isPastTense(prev) ||
		f.afterDeterminedAdjective(in, i):
		// drei Home Runs, 750 Gigabyte, feinstkörniger Magnetit
		return 0, Mention{}
	case i >= 2 && (prev == "und" || prev == "oder") && f.commonWordAt(s, in, claimed, i-2) ||
		j+1 < len(toks) && (in[j].lower == "und" || in[j].lower == "oder") && f.commonWordAt(s, in, claimed, j+1):
		// coordinated with a common noun: Öl und Flüssiggas
		return 0, Mention{}
	case i > 0 && in[i-1].upper && prevTok.Kind == text.Word && !f.lex.funcWords[prev] && !locatives[prev]:
		// after a capitalised word: a noun in apposition (Tante Cilli) that
		// says nothing of the type, or the first part of a longer name
		// (Wall Street) whose extent is unclear
		return 0, Mention{}
	case j < len(toks) && toks[j].Kind == text.Number:
		return 0, Mention{} // Windows 10, Snapdragon 808: products and models
	case j < len(toks) && strings.HasPrefix(toks[j].Text, "-"):
		return 0, Mention{} // Kamikaze -Einsätze
	}
	m := mk(s, i, j, typ, kind, cue)
	m.Base = m.Text
	if typ == newsgraph.Person {
		m.Base = stripGenitive(m.Text, lastLower)
	}
	if kind == Demonym {
		m.Canon = m.Text
	}
	return j - i, m
}

// foreignRun reports whether tokens i..j are all no German word form
// (Jet Propulsion Laboratory, Compagnia Aerea Italiana).
func (f *Finder) foreignRun(in []tokInfo, i, j int) bool {
	for k := i; k < j; k++ {
		if f.lex.IsWord(in[k].lower) || strings.ContainsAny(in[k].lower, "äöüß0123456789") || f.placeNoun(in[k].lower) {
			return false // Ölförderstadt Schanaozen, F-22 Raptor
		}
	}
	return true
}

// placeAfterVon reports whether the unknown name i..j after "von" is a
// place by what surrounds it: a route (von Rheine bis, von Füssen nach), a
// noun of nearness or rule before it (Nähe von, Erzbischof von, Provinzhauptstadt von).
func (f *Finder) placeAfterVon(s *text.Sentence, in []tokInfo, i, j int) bool {
	if j < len(in) && (in[j].lower == "bis" || in[j].lower == "nach") {
		return true
	}
	if i < 2 || !in[i-2].upper {
		return false
	}
	n := in[i-2].lower
	if f.lex.placeRel[n] || f.placeNoun(n) {
		return true
	}
	if r, ok := f.tokRole(in, i-2); ok && r.office {
		return true // Präsident von, Erzbischof von
	}
	return false
}

// placeDerivation reports whether a capitalised word is the -er adjective
// of a place whose name has a place-name ending (Ravensburger, Tegeler is
// not) or is itself a known place.
func (f *Finder) placeDerivation(lower string) bool {
	stem, ok := strings.CutSuffix(lower, "er")
	if !ok || len(stem) < 4 {
		return false
	}
	return f.lex.hasPlaceHead(stem) || len(f.lex.phrasesOf(stem)) > 0
}

// nameIntro are function words after which a person's name is usual.
var nameIntro = map[string]bool{"mit": true, "von": true, "für": true, "gegen": true, "wie": true,
	"als": true, "und": true, "oder": true, "dass": true, "ob": true, "weil": true, "sowie": true}

// isPastTense reports whether a lowercase word looks like a past-tense
// verb (sagte, hatten) rather than an adjective before a noun.
func isPastTense(w string) bool {
	for _, sup := range []string{"ste", "sten", "ßte", "ßten"} {
		if strings.HasSuffix(w, sup) && !strings.HasSuffix(w, "s"+sup) {
			return false // größte, letzten: superlatives (but musste, fassten)
		}
	}
	return strings.HasSuffix(w, "te") || strings.HasSuffix(w, "ten")
}

// placeNoun reports whether a lowercase word ends in a noun for a kind of
// place (Gemeinde, Bergdorf, Nachbarinsel); a short one needs a known
// modifier before it (Sport is no Ort).
func (f *Finder) placeNoun(lower string) bool {
	stem, at := f.lex.placeClass.match(lower)
	if stem == "" {
		return false
	}
	return at == 0 || lower[at-1] == '-' || len(stem) > 5 || len(stem) > 3 && f.lex.isModifier(lower[:at], 2)
}

// commonWordAt reports whether token k is a capitalised common noun that
// no rule took for a name.
func (f *Finder) commonWordAt(s *text.Sentence, in []tokInfo, claimed []bool, k int) bool {
	return !claimed[k] && in[k].upper && s.Tokens[k].Kind == text.Word && f.isCommon(in, k)
}

// nameJoiners are lower-case words inside foreign multi-word names.
var nameJoiners = map[string]bool{"of": true, "the": true, "and": true, "on": true, "for": true, "&": true,
	"de": true, "la": true, "del": true, "di": true, "da": true, "du": true, "des": true, "le": true,
	"les": true, "los": true, "el": true, "y": true, "van": true}

// englishJoiners mark English multi-word names, mostly bodies (Council
// on Foreign Relations, Bank of America).
var englishJoiners = map[string]bool{"of": true, "the": true, "and": true, "on": true, "for": true, "&": true}

// quotedName reads a short capitalised phrase in quotation marks starting
// at token i (der Song „Keep It Together“, die Zeitschrift „Eckart“): the
// title of a work, a product or a body. Quoted speech and scare quotes
// around one common noun are not names. Titles have no entity type (cue
// "other:"); a phrase with an organisation noun is an organisation.
func (f *Finder) quotedName(s *text.Sentence, in []tokInfo, claimed []bool, i int) (int, Mention) {
	toks := s.Tokens
	if i == 0 || !isQuote(toks[i-1].Text) || !in[i].upper || claimed[i] {
		return 0, Mention{}
	}
	upper, lower, org := 0, 0, false
	j := i
	for ; j < len(toks) && j-i <= 6; j++ {
		t := toks[j]
		if isQuote(t.Text) {
			break
		}
		if claimed[j] || t.Kind != text.Word && t.Kind != text.Number && t.Text != "-" && t.Text != "&" {
			return 0, Mention{}
		}
		if !in[j].upper {
			lower++
		} else {
			upper++
			if _, k := f.tokOrg(in, j); k != "" {
				org = true
			}
		}
	}
	if j >= len(toks) || !isQuote(toks[j].Text) || j == i || 2*upper < j-i {
		return 0, Mention{}
	}
	if j == i+1 && (f.isCommon(in, i) || f.lex.stop.has(toks[i].Text)) {
		return 0, Mention{} // die volle „Wehrhoheit“
	}
	if org && lower == 0 {
		m := mk(s, i, j, newsgraph.Organization, Name, "quoted-name+org-noun")
		m.Base = m.Text
		return j - i, m
	}
	return j - i, mk(s, i, j, "", Name, "other:quoted-title")
}

// afterDeterminedAdjective reports whether lower-case adjectives and a
// determiner stand before token i (das letzte Telefonat): a common noun.
func (f *Finder) afterDeterminedAdjective(in []tokInfo, i int) bool {
	j := i - 1
	for j >= 0 && i-j <= 3 && !in[j].upper && isAdjective(in[j].lower) && !determiners[in[j].lower] {
		j--
	}
	return j < i-1 && j >= 0 && (articleLike[in[j].lower] || determiners[in[j].lower])
}

// compassPrefixes form region names from a state or region: Ostukraine,
// Nordsyrien, Westafrika.
var compassPrefixes = []string{"nordost", "nordwest", "südost", "südwest", "nord", "süd", "ost", "west", "zentral", "mittel"}

// compassPlace finds a region named by a compass prefix and a known state
// or region (Ostukraine, Süd-Sudan is a state of its own and listed): a
// place.
func (f *Finder) compassPlace(s *text.Sentence, in []tokInfo, i int) (int, []Mention) {
	w := in[i].lower
	if len(w) < 7 {
		return 0, nil
	}
	for _, pre := range compassPrefixes {
		rest, ok := strings.CutPrefix(w, pre)
		if !ok {
			continue
		}
		if len(f.lex.phrasesOf(w)) > 0 {
			return 0, nil // a name of its own (Nordrhein-Westfalen)
		}
		rest = strings.TrimPrefix(rest, "-")
		gen := false
		ps := f.lex.phrasesOf(rest)
		if len(ps) == 0 && strings.HasSuffix(rest, "s") {
			ps, gen = f.lex.phrasesOf(rest[:len(rest)-1]), true
		}
		for _, p := range ps {
			if len(p.toks) != 1 || p.typ != newsgraph.State && p.typ != newsgraph.Place {
				continue
			}
			m := mk(s, i, i+1, newsgraph.Place, Name, "compass+"+p.cue)
			m.Base = s.Tokens[i].Text
			if gen {
				m.Base = m.Base[:len(m.Base)-1]
			}
			return 1, []Mention{m}
		}
		return 0, nil
	}
	return 0, nil
}

// roleApposition reports whether the unknown name over tokens [i,j) of
// two or more words stands between commas right after a phrase headed by a
// role noun (Der Botschafter in Washington, X Y, …; die Chefin der Behörde,
// X Y, …): it names the role's bearer.
func (f *Finder) roleApposition(s *text.Sentence, in []tokInfo, i, j int) bool {
	toks := s.Tokens
	if j-i < 2 || i < 3 || toks[i-1].Text != "," || j >= len(toks) || toks[j].Text != "," && toks[j].Text != "." {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if toks[k].Kind != text.Word {
			return false // another comma or bracket: a list, not an apposition
		}
		if in[k].upper {
			if _, ok := f.tokRole(in, k); ok {
				return k == 0 || !in[k-1].upper || determiners[in[k-1].lower]
			}
		}
	}
	return false
}

// coordinatedWith returns the type of a place or organisation name that
// the unknown name over tokens [i,j) is coordinated with ("in Donezk und
// Marjinka", "die Parteien Swoboda und Rechter Sektor"): Place for states
// and places, Organization for bodies, or "".
func (f *Finder) coordinatedWith(s *text.Sentence, in []tokInfo, i, j int, ms []Mention) newsgraph.EntityType {
	conj := func(k int) bool {
		return k >= 0 && k < len(in) && (in[k].lower == "und" || in[k].lower == "oder" || s.Tokens[k].Text == "," || s.Tokens[k].Text == "/")
	}
	for _, o := range ms {
		if o.Kind != Name || o.Sentence != s.Index {
			continue
		}
		if !(o.Last == i-1 && conj(i-1) || o.First == j+1 && conj(j)) {
			continue
		}
		switch o.Type {
		case newsgraph.State, newsgraph.Place:
			return newsgraph.Place
		case newsgraph.Organization:
			return newsgraph.Organization
		}
	}
	return ""
}

// prepositions before a capitalised word make a rare common noun or a
// place more likely than a person (bei Bedarf, auf Borkum).
var prepositions = map[string]bool{"an": true, "auf": true, "bei": true, "zu": true, "über": true, "um": true,
	"unter": true, "vor": true, "hinter": true, "neben": true, "zwischen": true, "durch": true, "ohne": true,
	"seit": true, "ab": true, "bis": true, "per": true, "pro": true, "je": true, "laut": true, "trotz": true,
	"wegen": true, "statt": true, "samt": true, "nebst": true, "gen": true, "via": true, "aus": true, "in": true, "nach": true}

// quantifiers and possessives before a noun (jeden Werktag, ihres Soldes).
var quantifiers = map[string]bool{"jeder": true, "jede": true, "jedes": true, "jedem": true, "jeden": true,
	"kein": true, "keine": true, "keiner": true, "keinem": true, "keinen": true, "keines": true,
	"viele": true, "vielen": true, "vieler": true, "einige": true, "einigen": true, "einiger": true,
	"mehrere": true, "mehreren": true, "alle": true, "allen": true, "aller": true, "beide": true, "beiden": true,
	"manche": true, "manchen": true, "sein": true, "seine": true, "seinen": true, "seinem": true, "seiner": true, "seines": true,
	"ihr": true, "ihre": true, "ihren": true, "ihrem": true, "ihrer": true, "ihres": true, "unser": true, "unsere": true,
	"unseren": true, "unserem": true, "unserer": true, "mein": true, "meine": true, "dein": true, "deine": true,
	"welche": true, "welcher": true, "welchen": true, "solche": true, "solchen": true, "etwas": true, "wenig": true, "wenige": true}

// documentTypes makes the types of names no lexicon knows consistent
// across an article: a name typed a place or body by its context in one
// sentence (in Marjinka, die Gruppe Wjasna) gets that type where it was
// typed a person only by default, and where it stands without any cue
// (at the start of a sentence, after a preposition).
func (f *Finder) documentTypes(doc *text.Document, infos [][]tokInfo, claimed [][]bool, out []Mention) []Mention {
	var typed map[string]newsgraph.EntityType
	for _, m := range out {
		if m.Kind != Name || m.Type != newsgraph.Place && m.Type != newsgraph.Organization || m.Canon != "" ||
			strings.IndexByte(m.Text, ' ') >= 0 || m.Cue == "unknown-name" {
			continue
		}
		if typed == nil {
			typed = map[string]newsgraph.EntityType{}
		}
		if _, ok := typed[m.Text]; !ok {
			typed[m.Text] = m.Type
		}
	}
	if len(typed) == 0 {
		return out
	}
	for k := range out {
		if out[k].Cue == "unknown-name" {
			if t, ok := typed[out[k].Text]; ok {
				out[k].Type, out[k].Base, out[k].Cue = t, out[k].Text, "unknown-name:document"
			}
		}
	}
	for si := range doc.Sentences {
		s := &doc.Sentences[si]
		in, cl := infos[si], claimed[si]
		for i := range s.Tokens {
			if cl[i] || in[i].common == yes || !f.nameLike(s, in, i) {
				continue // a known common noun (cached) names nothing
			}
			t, ok := typed[s.Tokens[i].Text]
			if !ok || utf8.RuneCountInString(s.Tokens[i].Text) < 3 || nameJoiners[in[i].lower] || particles[in[i].lower] {
				continue
			}
			m := mk(s, i, i+1, t, Name, "document-name")
			m.Base = m.Text
			out = append(out, m)
			cl[i] = true
		}
	}
	return out
}

// affixWord reports whether token k can be part of a name opened or closed
// by an affix word: name-like or an acronym, and no function word. Cached:
// every name-like token looks up to four tokens ahead.
func (f *Finder) affixWord(s *text.Sentence, in []tokInfo, k int) bool {
	if in[k].affixWord == unasked {
		t := s.Tokens[k].Text
		in[k].affixWord = answer((f.nameLike(s, in, k) || isAllCaps(t) && !f.lex.stop.has(t)) && !f.lex.funcWords[in[k].lower])
	}
	return in[k].affixWord == yes
}

// affixName finds multi-word names marked by their first or last word:
// places opened by San, Puerto, Lake (San Remo, Puerto Rico) or closed by
// Island, City; organisations closed by a legal form or an English body
// noun (Läpple AG, Matthew Humberstone School, Arakan Army).
func (f *Finder) affixName(s *text.Sentence, in []tokInfo, claimed []bool, i int) (int, []Mention) {
	toks := s.Tokens
	word := func(k int) bool {
		return k < len(toks) && !claimed[k] && f.affixWord(s, in, k)
	}
	if !word(i) {
		// St. Moritz: the abbreviation is no name-like word but opens a name
		if _, abbr := f.lex.nameFirst[toks[i].Text]; !abbr || !strings.HasSuffix(toks[i].Text, ".") {
			return 0, nil
		}
	}
	if t, ok := f.lex.nameFirst[toks[i].Text]; ok && (word(i+1) || i+2 < len(toks) && nameJoiners[toks[i+1].Text] && word(i+2)) {
		j := i + 1 // Lido di Spina: a joiner may follow the first word
		for j < len(toks) && j-i <= 3 && (word(j) || nameJoiners[toks[j].Text] && word(j+1)) {
			j++
		}
		m := mk(s, i, j, t, Name, "name-first-word:"+toks[i].Text)
		m.Base = m.Text
		return j - i, []Mention{m}
	}
	for j := i + 1; j < len(toks) && j-i <= 4; j++ {
		if t, ok := f.lex.lastWord(toks[j].Text); ok {
			if f.isCommon(in, i) && !isAllCaps(toks[i].Text) && !f.lex.adjectiveForm(in[i].lower) {
				return 0, nil // Bericht des Council …: a common noun opens no such name
			}
			if j+1 < len(toks) && toks[j+1].Text == "." && toks[j+1].Start == toks[j].End && f.lex.nameLast[toks[j].Text+"."] != "" {
				j++ // Inc.
			}
			m := mk(s, i, j+1, t, Name, "name-last-word:"+toks[j].Text)
			m.Base = m.Text
			return j + 1 - i, []Mention{m}
		}
		if !word(j) && !englishJoiners[toks[j].Text] {
			break
		}
	}
	return 0, nil
}

// linkAcronyms gives an organisation's name and the acronym in brackets
// right after it one canonical name, whatever language the acronym comes
// from: Sozialistische Arbeiterpartei (PSOE).
func linkAcronyms(s *text.Sentence, ms []Mention) {
	toks := s.Tokens
	for k := range ms {
		m := &ms[k]
		if m.Type != newsgraph.Organization || m.Kind != Name || m.Canon != "" || m.Last+2 >= len(toks) ||
			toks[m.Last].Text != "(" || toks[m.Last+2].Text != ")" || !isAllCaps(toks[m.Last+1].Text) {
			continue
		}
		for a := k + 1; a < len(ms); a++ {
			if ms[a].First == m.Last+1 && ms[a].Kind == Acronym && ms[a].Type == newsgraph.Organization {
				c := ms[a].Canon
				if c == "" {
					c = ms[a].Base
				}
				m.Canon, ms[a].Canon = c, c
				break
			}
		}
	}
}

// siteName finds names of streets, squares and buildings: a compound whose
// head is a site noun and whose first part is a name rather than a word
// (Schwanitzstraße, Maidan-Platz, Michaelskapelle), possibly after a town's
// -er adjective (Frankfurter Hauptbahnhof, Neuendorfer Straße).
func (f *Finder) siteName(s *text.Sentence, in []tokInfo, i int) (int, []Mention) {
	toks := s.Tokens
	w := in[i].lower
	if i > 0 && i+1 < len(toks) && in[i+1].upper && isAdjective(w) && !strings.HasSuffix(w, "er") && !opensSentence(toks[i-1].Text) {
		// Große Schaftberg, Steinerne Brücke: a capitalised adjective before a site
		if stem, _ := f.lex.siteSet.match(in[i+1].lower); stem != "" && f.lex.adjectiveForm(w) {
			m := mk(s, i, i+2, newsgraph.Place, Name, "adjective+site:"+stem)
			m.Base = m.Text
			return 2, []Mention{m}
		}
	}
	if i+1 < len(toks) && strings.HasSuffix(w, "er") && len(w) > 5 && in[i+1].upper && !f.lex.funcWords[w] {
		// the site first: most such words stand before no site noun
		if stem, _ := f.lex.siteSet.match(in[i+1].lower); stem != "" &&
			(f.cityAdjective(w) || f.placeDerivation(w) || f.lex.townOfAdjective(toks[i].Text) != "" || i > 0 && !f.lex.IsWord(w) ||
				f.lex.IsWord(strings.TrimSuffix(w, "er")) && f.lex.properForm(strings.TrimSuffix(w, "er"))) {
			m := mk(s, i, i+2, newsgraph.Place, Name, "town-adjective+site:"+stem)
			m.Base = m.Text
			return 2, []Mention{m}
		}
	}
	stem, at := f.lex.siteSet.match(w)
	if stem == "" || at < 3 {
		return 0, nil
	}
	switch w[at+len(stem):] {
	case "", "e", "n", "en", "s", "es":
	default:
		return 0, nil // Läuferin is no Ufer
	}
	mod := strings.TrimSuffix(w[:at], "-")
	word := toks[i].Text[:len(mod)]
	if utf8.RuneCountInString(mod) < 4 {
		return 0, nil // Käufer is no K-ufer
	}
	if (f.lex.isModifier(mod, 2) || f.lex.IsWord(mod+"n") || f.lex.IsWord(mod+"en")) && !f.isGiven(word) && !f.isGiven(strings.TrimSuffix(word, "s")) {
		return 0, nil // Hauptstraße, Marktplatz, Sammelplatz
	}
	if f.lex.funcWords[mod] {
		return 0, nil
	}
	m := mk(s, i, i+1, newsgraph.Place, Name, "site-name:"+stem)
	m.Base = m.Text
	return 1, []Mention{m}
}
