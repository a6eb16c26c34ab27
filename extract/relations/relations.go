// Package relations reads who-did-what-to-whom out of German sentences.
//
// It works on the clause structure, not on adjacency: each sentence is cut
// into clauses (main, subordinate, relative, infinitive) at punctuation,
// conjunctions and relative pronouns; in each clause it finds the finite
// verb, participles, infinitives and separable particles through an
// embedded verb lexicon, tells subject from object by case cues
// (determiners, prepositions, s-genitives) and word order, and fills the
// argument frame of the trigger (data/triggers.txt). Nominalisations
// (data/nouns.txt), office roles in appositions and compounds
// (data/roles.txt), dates, counts and CAMEO codes (data/cameo.txt) come from
// embedded data files as well.
//
// Every relation carries Evidence: the article, the sentence with its index
// and span, a confidence and a cue saying which rule fired:
//
//	verb:LEMMA[/FLAG…]   a verb frame; flags: passive, causative (lassen),
//	                     relative, subordinate, infinitive, attributive,
//	                     speaker (agent taken from the reported speaker),
//	                     troops (sender read off the troop noun),
//	                     default-target (destination = the article's main
//	                     state), description (an alliance named only by a
//	                     common noun), possessor, owner, complement,
//	                     main-clause-org, unnamed-agent (Kritiker werfen X
//	                     vor: no subject), patient (X sitzt in Haft: the
//	                     subject is the object), act-agent (verurteilte die
//	                     Festnahmen: criticises who made them), reciprocal,
//	                     described (an argument read off a description),
//	                     causer (auf Xs Anordnung wurde Y verhaftet),
//	                     deployed-target (destination = the state the
//	                     article last said troops are in), object-first
//	                     (Weitere Soldaten schickten X und Y), state-group
//	                     (alle fünf Staaten = the last five states named),
//	                     talk-setting (in einem Telefonat dankte X Y: also
//	                     talked_with), patient with a dative (X drohen
//	                     Jahre Haft)
//	noun:WORD[/FLAG]     a nominalisation (Hilfsersuchen, auf Bitten, Befehl);
//	                     zwischen (ein Telefonat zwischen X und Y),
//	                     reciprocal (X und Y sind Verbündete)
//	role:HEAD[/HOW]      an office from an apposition, compound or copula
//	                     (X ist Vorsitzender des Y); HOW says where an
//	                     unnamed state came from: same-person,
//	                     sentence-state, previous-subject, previous-holder,
//	                     article-state, federal-state (Bundeskanzler),
//	                     rebuttal (Präsident X wies das zurück after a
//	                     state was accused), other-side (by elimination in
//	                     an article about two states in conflict). Guesses
//	                     need evidence: in such an article the previous
//	                     sentence's state and the main state are none; a
//	                     state acting against the person is never theirs;
//	                     guesses naming two states for one person are all
//	                     dropped; an explicit state anywhere wins.
//	member:HEAD|bracket  party membership: CDU-Politiker X, X (SPD)
//	prep:unter           leads: das Ministerium unter X
//	adj:verbündet        "X und andere verbündete Y"
//
// Body nouns (das Gremium, der Rat, die Gemeinschaft) stand for the
// organisation named last before them (a council for der Rat).
//
// Descriptions stand for entities where the article leaves no doubt: organ
// and military nouns (die Behörden, das Militär, Soldaten) for the army the
// article names or its clearly dominant state, age nouns (der 44-Jährige)
// for the person named last, datelines and headline labels for no actor.
//
// Confidence is 0.9 for a frame filled from the clause itself and lower
// (0.6–0.8) where a slot was filled by inference.
package relations

import (
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

// Options tune the extraction.
type Options struct {
	// MinConfidence drops relations below this confidence (0 keeps all).
	MinConfidence float64
}

// Extract finds the relations between the given entities in doc. The
// entities' mentions must carry sentence indexes and byte spans into
// doc.Article.Text.
func Extract(doc *text.Document, entities []newsgraph.Entity) []newsgraph.Relation {
	return ExtractWith(doc, entities, Options{})
}

// ExtractWith is Extract with options.
func ExtractWith(doc *text.Document, entities []newsgraph.Entity, opt Options) []newsgraph.Relation {
	if doc == nil || len(doc.Sentences) == 0 || len(entities) == 0 {
		return nil
	}
	x := newDocExtractor(doc, entities)
	if b, ok := wordPool.Get().(*[]word); ok {
		x.wbuf = *b
	}
	x.run()
	b := x.wbuf[:0]
	wordPool.Put(&b)
	out := x.out[:0]
	for _, r := range x.out {
		if r.Evidence.Confidence >= opt.MinConfidence {
			out = append(out, r)
		}
	}
	return out
}

// symmetric relations are recorded once per pair, in the direction first
// read.
var symmetric = map[string]bool{"talked_with": true, "ally_of": true, "borders": true}

// wordPool recycles the per-sentence word buffers across articles.
var wordPool sync.Pool

type mref struct {
	ent   int
	span  newsgraph.Span
	typ   newsgraph.EntityType
	coref bool
}

// docExtractor holds what one article needs across sentences.
type docExtractor struct {
	doc         *text.Document
	ents        []newsgraph.Entity
	bySent      [][]mref
	byForm      map[string]int // lower-case name, alias or mention text → entity; built on first use
	topic       int            // the most mentioned state, -1
	topicOrg    int            // the most mentioned organisation (at least twice), -1
	descOrgDone bool
	descOrgIdx  int
	// descOrgStrong: the description was linked to descOrgIdx by the
	// resolver or by the organisation's name, not only by its frequency
	descOrgStrong bool
	date          articleDate
	out           []newsgraph.Relation
	seen          map[string]int // type|subj|obj → index in out
	officeOf      map[int]int    // person entity → state entity from explicit roles
	pending       []pendingRole  // roles whose state is implicit, resolved at the end
	wbuf          []word
	ibuf          []int     // reused token → arg tables
	cobuf         []int     // reused token → clause table
	abuf          []arg     // reused per-sentence mention list
	cpool         []*clause // clauses recycled across sentences
	cused         int
	// lastSubjState is the State that was the subject of the previous
	// sentence's first clause (Die Türkei bot … an. Außenminister X …), -1
	lastSubjState int
	// lastSubjPerson is the Person that was the subject of the previous
	// sentence's first clause, -1 (an office named next without a state is
	// often one of the same government)
	lastSubjPerson int
	// lastTarget is the one State the previous sentence accused, warned or
	// criticised, -1: a rebuttal right after it is that state's
	lastTarget int
	// deployState is the State the article last said troops are in
	// (Soldaten sind in X stationiert): the destination of troops sent
	// later without one, -1
	deployState   int
	deploySent    int         // the sentence that named deployState
	stateCount    map[int]int // State entity → mentions
	stateFirst    map[int]int // State entity → offset of its first mention
	clearTopicSet bool
	clearTopicIdx int
	armySet       bool
	armyIdx       int
	orgForms      []orgForms // built on first use by orgWithHead
}

func newDocExtractor(doc *text.Document, ents []newsgraph.Entity) *docExtractor {
	x := &docExtractor{doc: doc, ents: ents, bySent: make([][]mref, len(doc.Sentences)),
		topic: -1, topicOrg: -1, deployState: -1, lastSubjState: -1, lastSubjPerson: -1, lastTarget: -1, seen: map[string]int{}, officeOf: map[int]int{}}
	x.date = parseArticleDate(doc.Article.Date)
	stateCount := map[int]int{}
	first := map[int]int{}
	for i := range ents {
		e := &ents[i]
		for _, m := range e.Mentions {
			if m.Sentence < 0 || m.Sentence >= len(doc.Sentences) || m.Span.Start < 0 || m.Span.End > len(doc.Article.Text) || m.Span.Start >= m.Span.End {
				continue
			}
			coref := strings.HasPrefix(m.Cue, "coref:")
			typ := e.Type
			x.bySent[m.Sentence] = append(x.bySent[m.Sentence], mref{ent: i, span: m.Span, typ: typ, coref: coref})
			if e.Type == newsgraph.State && !coref {
				stateCount[i]++
				if m.Sentence == 0 {
					stateCount[i] += 2 // the headline or lead names what the article is about
				}
				if _, ok := first[i]; !ok {
					first[i] = m.Span.Start
				}
			}
		}
	}
	orgBest := 1
	for i := range ents {
		if ents[i].Type != newsgraph.Organization {
			continue
		}
		n := 0
		for _, m := range ents[i].Mentions {
			if !strings.HasPrefix(m.Cue, "coref:") {
				n++
			}
		}
		if n > orgBest {
			orgBest, x.topicOrg = n, i
		}
	}
	x.stateCount = stateCount
	x.stateFirst = first
	best := 0
	for i, n := range stateCount {
		if n > best || n == best && x.topic >= 0 && first[i] < first[x.topic] {
			best, x.topic = n, i
		}
	}
	return x
}

func (x *docExtractor) run() {
	for i := range x.doc.Sentences {
		if len(x.bySent[i]) == 0 {
			continue
		}
		x.sentence(i)
	}
	x.resolvePendingRoles()
	x.predecessorOffices()
}

// entType is the type of the entity with key k.
func (x *docExtractor) entType(k string) newsgraph.EntityType {
	if i := x.entIndex(k); i >= 0 {
		return x.ents[i].Type
	}
	return ""
}

// holdsAny reports whether the entity with key k holds an office in the
// relations read so far, or is a member of a party.
func (x *docExtractor) holdsAny(k string) bool {
	for i := range x.out {
		if r := &x.out[i]; r.Subject == k && (r.Type == "holds_office" || r.Type == "member_of") {
			return true
		}
	}
	return false
}

// predecessorOffices gives the predecessor in a succession the office the
// successor holds, as a former one (Sein Vorgänger X war entlassen worden,
// after Y was confirmed as Ministerpräsident): only when the successor
// holds exactly one office in the article, an office of a state, so it is
// clear which, and nothing else is said about the predecessor's offices.
func (x *docExtractor) predecessorOffices() {
	n := len(x.out)
	for i := 0; i < n; i++ {
		r := x.out[i]
		if r.Type != "succeeded" || r.Subject == "" {
			continue
		}
		var office *newsgraph.Relation
		count := 0
		for j := 0; j < n; j++ {
			if o := &x.out[j]; o.Type == "holds_office" && o.Subject == r.Subject {
				office = o
				count++
			}
		}
		if count != 1 || x.entType(office.Object) != newsgraph.State || x.holdsAny(r.Object) {
			continue // an office of a state, for a predecessor not described otherwise
		}
		key := "holds_office\x00" + r.Object + "\x00" + office.Object
		if _, dup := x.seen[key]; dup {
			continue
		}
		ev := r.Evidence
		ev.Cue += "/predecessor-office"
		ev.Confidence = min(ev.Confidence, 0.6)
		x.seen[key] = len(x.out)
		x.out = append(x.out, newsgraph.Relation{Type: "holds_office", Subject: r.Object, Object: office.Object,
			Attrs: newsgraph.Attrs{Role: office.Attrs.Role, Former: true}, Evidence: ev})
	}
}

// recoverPanics keeps one odd sentence from failing a whole article; the
// fuzz test turns it off to see the panics.
var recoverPanics = true

// sentence analyses sentence i and records its relations.
func (x *docExtractor) sentence(i int) {
	if recoverPanics {
		n := len(x.out)
		defer func() {
			if r := recover(); r != nil {
				x.out = x.out[:n] // drop what the failed sentence half-added
				for k, v := range x.seen {
					if v >= n {
						delete(x.seen, k)
					}
				}
			}
		}()
	}
	s := newSent(x, i)
	s.buildArgs()
	if len(s.args) == 0 {
		x.lastSubjState, x.lastSubjPerson, x.lastTarget = -1, -1, -1
		return
	}
	n0 := len(x.out)
	s.buildClauses()
	s.findSpeaker()
	s.roles()
	s.bracketParties()
	s.predicates()
	s.noteDeployment()
	x.lastSubjState, x.lastSubjPerson, x.lastTarget = -1, -1, x.hostileTarget(n0)
	if len(s.clauses) > 0 {
		if sub := s.subject(0); len(sub) == 1 && s.args[sub[0]].typ == newsgraph.State {
			x.lastSubjState = s.args[sub[0]].ent
		} else if len(sub) == 1 && s.args[sub[0]].typ == newsgraph.Person {
			x.lastSubjPerson = s.args[sub[0]].ent
		}
	}
}

// add records a relation once per (type, subject, object).
func (s *sent) add(rel string, subj, obj int, attrs newsgraph.Attrs, cue string, conf float64) {
	x := s.x
	sk, ok := "", ""
	if subj >= 0 {
		sk = x.ents[subj].Key
	}
	if obj < 0 {
		return
	}
	ok = x.ents[obj].Key
	if sk == ok {
		return
	}
	id := rel + "\x00" + sk + "\x00" + ok
	if symmetric[rel] {
		// the same pair the other way round was already said
		if _, dup := x.seen[rel+"\x00"+ok+"\x00"+sk]; dup {
			return
		}
	}
	if i, dup := x.seen[id]; dup {
		r := &x.out[i]
		if conf > r.Evidence.Confidence {
			// keep the strongest evidence for the statement
			r.Evidence = newsgraph.Evidence{
				ArticleXID: x.doc.Article.XID, Sentence: s.s.Text, Index: s.s.Index,
				Span: newsgraph.Span{Start: s.s.Start, End: s.s.End}, Cue: cue, Confidence: conf,
			}
			r.Cameo = lex.cameoFor(rel, s.cameoContext(rel, obj))
			old := r.Attrs
			r.Attrs = attrs
			attrs = old // the weaker evidence only fills gaps below
		}
		if r.Attrs.Count == 0 {
			r.Attrs.Count = attrs.Count
		}
		if r.Attrs.Date == "" {
			r.Attrs.Date, r.Attrs.DatePrecision = attrs.Date, attrs.DatePrecision
		}
		if r.Attrs.Role == "" {
			r.Attrs.Role = attrs.Role
		}
		return
	}
	// a passive without agent is covered by the same relation with one
	if sk == "" {
		for _, r := range x.out {
			if r.Type == rel && r.Object == ok {
				return
			}
		}
	} else {
		for i, r := range x.out {
			if r.Type == rel && r.Object == ok && r.Subject == "" {
				x.out[i].Subject = sk
				x.seen[id] = i
				delete(x.seen, rel+"\x00\x00"+ok)
				return
			}
		}
	}
	x.seen[id] = len(x.out)
	x.out = append(x.out, newsgraph.Relation{
		Type:    rel,
		Subject: sk,
		Object:  ok,
		Cameo:   lex.cameoFor(rel, s.cameoContext(rel, obj)),
		Attrs:   attrs,
		Evidence: newsgraph.Evidence{
			ArticleXID: x.doc.Article.XID,
			Sentence:   s.s.Text,
			Index:      s.s.Index,
			Span:       newsgraph.Span{Start: s.s.Start, End: s.s.End},
			Cue:        cue,
			Confidence: conf,
		},
	})
}

// findSpeaker finds who a sentence is attributed to: the subject of a
// speech clause (teilte X mit, sagte X), or laut X / X zufolge / nach
// Angaben des X / in einer Mitteilung der X.
func (s *sent) findSpeaker() {
	for ci, c := range s.clauses {
		if !c.speech {
			continue
		}
		if sub := s.subject(ci); len(sub) > 0 {
			s.speaker = sub[0]
			return
		}
		for _, k := range s.argsIn(ci) {
			a := &s.args[k]
			if (isActor(a.typ) || a.typ == newsgraph.Person) && !a.mod && (a.prep == "" || a.prep == "laut") {
				s.speaker = k
				return
			}
		}
	}
	for i := range s.w {
		l := s.w[i].low
		if l == "laut" || l == "angaben" || l == "mitteilung" || l == "erklärung" {
			for k := range s.args {
				if s.args[k].t0 > i && s.args[k].t0 <= i+4 && !s.args[k].virtual {
					s.speaker = k
					return
				}
			}
		}
		if l == "zufolge" {
			for k := range s.args {
				if s.args[k].t1 <= i && s.args[k].t1 >= i-3 && !s.args[k].virtual {
					s.speaker = k
				}
			}
			if s.speaker >= 0 {
				return
			}
		}
	}
}

// cameoContext is the text a CAMEO rule looks at: for an order the ordered
// measure itself (a state of emergency, a curfew), else the sentence.
func (s *sent) cameoContext(rel string, obj int) string {
	if rel == "ordered" {
		return strings.ToLower(s.x.ents[obj].Name)
	}
	if s.low == "" {
		s.low = strings.ToLower(s.s.Text)
	}
	return s.low
}

// mainStateExcept is the most mentioned state other than those in excl
// (where troops went when the text does not say), or -1 when none is
// mentioned more often than all others.
func (x *docExtractor) mainStateExcept(excl []int) int {
	best, bestN, second := -1, 0, 0
	for i, n := range x.stateCount {
		if contains(excl, i) {
			continue
		}
		switch {
		case n > bestN:
			best, bestN, second = i, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN == second {
		return -1 // no state stands out: the text does not say where
	}
	return best
}

// form looks an entity up by a lower-case name, alias or mention text.
func (x *docExtractor) form(low string) (int, bool) {
	if x.byForm == nil {
		x.byForm = map[string]int{}
		for i := range x.ents {
			e := &x.ents[i]
			x.byForm[strings.ToLower(e.Name)] = i
		}
		for i := range x.ents {
			e := &x.ents[i]
			for _, a := range e.Aliases {
				if _, ok := x.byForm[strings.ToLower(a)]; !ok {
					x.byForm[strings.ToLower(a)] = i
				}
			}
			for _, m := range e.Mentions {
				if strings.HasPrefix(m.Cue, "coref:") {
					continue
				}
				if _, ok := x.byForm[strings.ToLower(m.Text)]; !ok {
					x.byForm[strings.ToLower(m.Text)] = i
				}
			}
		}
	}
	e, ok := x.byForm[low]
	return e, ok
}

// clearTopic is the state the article is about when one state clearly
// dominates it (mentioned at least three times and more than twice as
// often as any other), else -1.
func (x *docExtractor) clearTopic() int {
	if x.clearTopicSet {
		return x.clearTopicIdx
	}
	x.clearTopicSet, x.clearTopicIdx = true, -1
	best, bestN, second := -1, 0, 0
	for i, n := range x.stateCount {
		switch {
		case n > bestN:
			best, bestN, second = i, n, bestN
		case n > second:
			second = n
		}
	}
	if best >= 0 && bestN >= 3 && bestN > 2*second {
		x.clearTopicIdx = best
	}
	return x.clearTopicIdx
}

// armyOrg is the organisation that stands for the armed forces of the
// article (das Militär, die Junta, die Armee, named as such), the most
// mentioned if several; -1 when there is none or the article is about
// several states.
func (x *docExtractor) armyOrg() int {
	if x.armySet {
		return x.armyIdx
	}
	x.armySet, x.armyIdx = true, -1
	if x.clearTopic() < 0 {
		return -1 // several states: whose army is meant is open
	}
	best := 0
	for i := range x.ents {
		e := &x.ents[i]
		if e.Type != newsgraph.Organization || !lex.military(strings.ToLower(e.Name)) {
			continue
		}
		if n := len(e.Mentions); n > best {
			best, x.armyIdx = n, i
		}
	}
	return x.armyIdx
}

// orgWithHead returns the one organisation mentioned before offset at whose
// name or alias has stem inside a word of it but is not just that noun (an
// organisation named "Gericht" is the description itself); -1 when none or
// several.
func (x *docExtractor) orgWithHead(stem string, at int) int {
	if x.orgForms == nil {
		x.orgForms = []orgForms{}
		for i := range x.ents {
			e := &x.ents[i]
			if e.Type != newsgraph.Organization {
				continue
			}
			of := orgForms{ent: i, first: -1}
			for _, m := range e.Mentions {
				if !strings.HasPrefix(m.Cue, "coref:") && (of.first < 0 || m.Span.Start < of.first) {
					of.first = m.Span.Start
				}
			}
			of.forms = append(of.forms, strings.ToLower(e.Name))
			for _, a := range e.Aliases {
				of.forms = append(of.forms, strings.ToLower(a))
			}
			x.orgForms = append(x.orgForms, of)
		}
	}
	found := -1
	for _, of := range x.orgForms {
		if of.first < 0 || of.first >= at {
			continue
		}
		match := false
		for _, lf := range of.forms {
			if lf != stem && strings.Contains(lf, stem) {
				match = true
				break
			}
		}
		if !match {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = of.ent
	}
	return found
}

// orgForms are an organisation's lower-case names and the offset of its
// first named mention, for orgWithHead.
type orgForms struct {
	ent   int
	first int
	forms []string
}
