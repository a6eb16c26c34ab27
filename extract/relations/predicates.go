package relations

import (
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

// occ is one occurrence of a verb trigger in a clause.
type occ struct {
	tok      int
	frame    int
	kind     formKind
	particle int // token of the separable particle, -1
}

// nounRel is a relation read off a noun trigger, kept per clause so that
// a verb can complete it (ein Gesuch X-s ablehnen).
type nounRel struct {
	rel        string
	subj, obj  []int // entity indexes
	tok        int
	cue        string
	conf       float64
	subjIsNone bool
}

func (s *sent) predicates() {
	for ci := range s.clauses {
		occs := s.verbOccurrences(ci)
		var deferred []occ
		for _, o := range occs {
			if lex.frames[o.frame].obj.kind == "req" {
				deferred = append(deferred, o)
				continue
			}
			s.applyVerb(ci, o, occs, nil)
		}
		s.otherAllies(ci)
		nrs := s.applyNouns(ci)
		for _, o := range deferred {
			s.applyVerb(ci, o, occs, nrs)
		}
		for _, nr := range nrs {
			s.emitNoun(ci, nr)
		}
	}
}

// verbOccurrences lists the verb triggers of clause ci in text order.
func (s *sent) verbOccurrences(ci int) []occ {
	c := s.clauses[ci]
	var out []occ
	for _, t := range c.toks {
		w := &s.w[t]
		if len(w.hits) == 0 {
			continue
		}
		var here []occ
		sepFound := false
		for _, h := range w.hits {
			fr := &lex.frames[h.frame]
			if fr.rel == "say" || fr.rel == "verb" || fr.rel == "appoint" {
				// no relation, but "spricht sich … aus" is not "sprechen"
				if h.kind&fSepFinite != 0 && s.findParticle(ci, t, fr.particle) >= 0 {
					sepFound = true
				}
				continue
			}
			switch {
			case w.attr && h.kind&fAttr != 0 || w.attr && h.kind&fPart != 0:
				here = append(here, occ{tok: t, frame: h.frame, kind: fAttr, particle: -1})
			case w.attr:
			case h.kind&fSepFinite != 0:
				if p := s.findParticle(ci, t, fr.particle); p >= 0 {
					here = append(here, occ{tok: t, frame: h.frame, kind: fSepFinite, particle: p})
					sepFound = true
				}
			case h.kind&(fFinite|fPart|fInf) != 0:
				here = append(here, occ{tok: t, frame: h.frame, kind: h.kind &^ fAttr, particle: -1})
			}
		}
		for _, o := range here {
			if sepFound && o.kind != fSepFinite && lex.frames[o.frame].particle == "" && o.kind&fFinite != 0 {
				continue // führte … an is anführen, not führen
			}
			dup := false
			for _, p := range out {
				// (the same relation by another frame of the verb, such as
				// treffen mit X and treffen X, is another reading)
				pf, of := &lex.frames[p.frame], &lex.frames[o.frame]
				if p.tok == o.tok && pf.rel == of.rel && pf.obj.kind == of.obj.kind && pf.subjTroop == of.subjTroop && pf.attrOnly == of.attrOnly && strings.Join(pf.needs, ",") == strings.Join(of.needs, ",") {
					dup = true
				}
			}
			if !dup {
				out = append(out, o)
			}
		}
	}
	return out
}

// findParticle finds a separable particle after the finite verb at t: the
// last word of a segment of the clause.
func (s *sent) findParticle(ci, t int, particle string) int {
	for _, p := range s.clauses[ci].toks {
		if p <= t || s.w[p].low != particle {
			continue
		}
		if p+1 >= len(s.w) || s.w[p+1].kind == text.Punct || !s.inClause(ci, p+1) {
			return p
		}
		// gehören … an und …: particle before a coordinating conjunction
		// or before a comparison in the Nachfeld (gehören … an wie X)
		if nx := s.w[p+1].low; nx == "und" || nx == "oder" || nx == "wie" {
			return p
		}
	}
	return -1
}

func (s *sent) negated(ci int) bool {
	return s.hasWord(ci, func(l string) bool { return lex.neg[l] })
}

func (s *sent) needsMet(ci int, needs []string) bool {
	for _, n := range needs {
		k, v, _ := strings.Cut(n, ":")
		switch k {
		case "troops":
			if !s.hasWord(ci, isTroopWord) {
				return false
			}
		case "count":
			if c, _ := s.troopCount(ci); c == 0 {
				return false
			}
		case "neg":
			if !s.negated(ci) {
				return false
			}
		case "um":
			if !s.umHelp(ci) {
				return false
			}
		case "compl":
			if !s.hasComplement(ci) {
				return false
			}
		case "act":
			if !s.actComplement(ci) {
				return false
			}
		case "help":
			if !s.hasWord(ci, func(l string) bool { return lex.help[l] }) {
				return false
			}
		case "request":
			if !s.hasWord(ci, func(l string) bool { return s.requestNoun(l) }) {
				return false
			}
		case "word", "acc":
			ws := strings.Split(v, "|")
			match := func(l string) bool {
				for _, w := range ws {
					if l == w || len(w) >= 5 && strings.HasSuffix(l, w) {
						return true
					}
				}
				return false
			}
			if !s.hasWord(ci, match) && !(k == "word" && s.antecedentNounIs(ci, match)) {
				return false
			}
		}
	}
	return true
}

// antecedentNounIs reports whether relative clause ci follows a noun that
// satisfies f (die Drohung, die X gegen Y ausstieß).
func (s *sent) antecedentNounIs(ci int, f func(string) bool) bool {
	c := s.clauses[ci]
	if c.kind != clRel || len(c.toks) == 0 {
		return false
	}
	t := c.toks[0] - 1
	if t >= 0 && s.w[t].text == "," {
		t--
	}
	return t >= 0 && s.w[t].kind == text.Word && s.w[t].upper && f(s.w[t].low)
}

func (s *sent) requestNoun(low string) bool {
	for _, ni := range nounFramesFor(low) {
		if lex.nounFrames[ni].rel == "requested_help" {
			return true
		}
	}
	return false
}

// umHelp reports whether clause ci asks "um Hilfe / um Unterstützung".
func (s *sent) umHelp(ci int) bool {
	toks := s.clauses[ci].toks
	for k, t := range toks {
		if s.w[t].low != "um" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if lex.help[s.w[toks[j]].low] {
				return true
			}
		}
	}
	return false
}

// troopCount finds "N Soldaten" / "N belarussische Soldaten" / "N Mann" in
// clause ci and returns the number and its token.
func (s *sent) troopCount(ci int) (int, int) {
	toks := s.clauses[ci].toks
	for k, t := range toks {
		if s.w[t].kind != text.Number {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			w := &s.w[toks[j]]
			if w.kind == text.Word && isTroopWord(w.low) && w.upper {
				if n, ok := parseCount(s.w[t].text); ok {
					return n, t
				}
			}
			if !adjLike(w) && s.argCovering(toks[j]) < 0 {
				break
			}
		}
	}
	return 0, -1
}

// parseCount reads 2.000 or 300 (thousands separated by '.'), not 3,5.
func parseCount(t string) (int, bool) {
	if strings.ContainsAny(t, ",") {
		return 0, false
	}
	t = strings.ReplaceAll(t, ".", "")
	t = strings.ReplaceAll(t, "\u202f", "")
	n, err := strconv.Atoi(t)
	if err != nil || n <= 0 {
		return 0, false
	}
	return n, true
}

func (s *sent) typeOK(k int, ts typeSet) bool {
	return typeBit(s.args[k].typ)&ts != 0
}

func contains(xs []int, v int) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// region returns the token range in which a trigger's object is sought:
// after a finite verb in second position up to its particle or the next
// trigger; before a clause-final participle or infinitive back to the
// previous trigger or the finite verb.
func (s *sent) region(ci int, o occ, occs []occ) (int, int) {
	c := s.clauses[ci]
	first, last := c.toks[0], c.toks[len(c.toks)-1]
	if o.kind == fSepFinite || (c.kind == clMain && o.tok == c.finite && o.kind&fFinite != 0 && !s.clauseFinalVerb(ci, o.tok)) {
		end := last + 1
		if o.particle >= 0 {
			end = o.particle
		}
		for _, p := range occs {
			if p.tok > o.tok && p.tok < end && p.kind != fAttr {
				end = p.tok
			}
		}
		return o.tok + 1, end
	}
	start := first
	if c.finite >= 0 && c.finite < o.tok && c.kind == clMain {
		start = c.finite + 1
	}
	for _, p := range occs {
		if p.tok < o.tok && p.tok >= start && p.kind != fAttr && p.particle < 0 {
			start = p.tok + 1
		}
	}
	return start, o.tok
}

// clauseFinalVerb reports whether token t is the last word of its clause
// segment (verb-final position).
func (s *sent) clauseFinalVerb(ci, t int) bool {
	for n := t + 1; n < len(s.w); n++ {
		if !s.inClause(ci, n) || s.w[n].kind == text.Punct && !isQuote(s.w[n].text) {
			return true
		}
		if isQuote(s.w[n].text) {
			continue
		}
		return false
	}
	return true
}

func (s *sent) passive(ci int, o occ) bool {
	if o.kind&fPart == 0 {
		return false
	}
	hasWerden, worden := false, false
	for _, t := range s.clauses[ci].toks {
		l := s.w[t].low
		if lex.auxWerden[l] {
			hasWerden = true
		}
		if lex.werdenPassive[l] {
			worden = true // wurde entlassen: no past-tense future, so passive
		}
	}
	if !hasWerden {
		return false
	}
	if o.kind&fInf == 0 || worden {
		return true
	}
	return s.agent(ci, tPerson|tOrg|tState) >= 0
}

// agent finds the von/durch phrase of a passive clause.
func (s *sent) agent(ci int, ts typeSet) int {
	for _, k := range s.argsIn(ci) {
		a := &s.args[k]
		if (a.prep == "von" || a.prep == "durch") && !a.partial && !a.mod && s.typeOK(k, ts) {
			return k
		}
	}
	return -1
}

// vorfeldTroops reports whether main clause ci opens with a troop noun
// phrase that names no entity (Kleinere Einheiten schickten …).
func (s *sent) vorfeldTroops(ci int) bool {
	c := s.clauses[ci]
	if c.kind != clMain || c.finite < 0 {
		return false
	}
	troops := false
	for _, t := range c.toks {
		if t >= c.finite {
			break
		}
		if s.argCovering(t) >= 0 {
			return false
		}
		if s.w[t].kind == text.Word && s.w[t].upper && isTroopWord(s.w[t].low) {
			troops = true
		}
	}
	return troops
}

// stateGroupSubject reads a Vorfeld that counts states named before (alle
// fünf Staaten, die drei Länder) as those states: the last N distinct
// states of the three sentences before, when there are that many; a state
// compared with them in the clause (ebenso wie X) is one of them too.
func (s *sent) stateGroupSubject(ci int, ts typeSet) []int {
	c := s.clauses[ci]
	if ts&tState == 0 || c.kind != clMain || c.finite < 0 {
		return nil
	}
	n, noun := 0, false
	for _, t := range c.toks {
		if t >= c.finite {
			break
		}
		if s.argCovering(t) >= 0 {
			return nil
		}
		w := &s.w[t]
		if k, ok := lex.groupNumber[w.low]; ok {
			n = k
		} else if k, err := strconv.Atoi(w.text); err == nil && k > 1 && k < 30 {
			n = k
		} else if w.upper && lex.stateGroup[w.low] {
			noun = true
		}
	}
	if n == 0 || !noun {
		return nil
	}
	var out []int
	for j := s.idx - 1; j >= 0 && j >= s.idx-3 && len(out) < n; j-- {
		ms := append([]mref(nil), s.x.bySent[j]...)
		sort.Slice(ms, func(a, b int) bool { return ms[a].span.Start > ms[b].span.Start })
		for _, m := range ms {
			if m.typ == newsgraph.State && !contains(out, m.ent) {
				out = append(out, m.ent)
				if len(out) == n {
					break
				}
			}
		}
	}
	if len(out) < n {
		return nil // fewer states than counted: unclear which are meant
	}
	for _, k := range s.argsIn(ci) {
		a := &s.args[k]
		if a.t0 > c.finite && a.t0 > 0 && s.w[a.t0-1].low == "wie" && a.typ == newsgraph.State && !a.partial && !a.mod && !contains(out, a.ent) {
			out = append(out, a.ent)
		}
	}
	return out
}

// deployWindow is how many sentences a deployment stays the destination of
// troops sent without one.
const deployWindow = 4

// noteDeployment remembers the one state a sentence says troops are in
// (die Soldaten sind in X stationiert, Truppen kämpfen in X): troops sent
// later without a destination go there.
func (s *sent) noteDeployment() {
	in := false
	for k := range s.args {
		if a := &s.args[k]; a.typ == newsgraph.State && (a.prep == "in" || a.prep == "nach") {
			in = true
			break
		}
	}
	if !in {
		return // cheap test first: most sentences place nothing in a state
	}
	troops := false
	for i := range s.w {
		if s.w[i].kind == text.Word && s.w[i].upper && isTroopWord(s.w[i].low) {
			troops = true
			break
		}
	}
	if !troops {
		return
	}
	st := -1
	for k := range s.args {
		a := &s.args[k]
		if a.typ != newsgraph.State || a.partial || a.mod || a.virtual || a.gen || a.prep != "in" && a.prep != "nach" {
			continue
		}
		if st >= 0 && st != a.ent {
			return // two states: unclear
		}
		st = a.ent
	}
	if st >= 0 {
		s.x.deployState, s.x.deploySent = st, s.idx
	}
}

// causer finds who ordered a passive act: auf Xs Anordnung, auf Anordnung
// von X, auf Befehl des Präsidenten X (data/function.txt [causer]).
func (s *sent) causer(ci int, ts typeSet) int {
	toks := s.clauses[ci].toks
	for _, t := range toks {
		if s.w[t].kind != text.Word || !lex.causer[s.w[t].low] {
			continue
		}
		// auf Xs Anordnung
		if t >= 2 && s.w[t-2].low == "auf" {
			if k := s.argCovering(t - 1); k >= 0 && s.args[k].t0 == t-1 && s.typeOK(k, ts) && !s.args[k].partial {
				return k
			}
		}
		if t < 1 || s.w[t-1].low != "auf" && !(t >= 2 && s.w[t-2].low == "auf" && (s.w[t-1].low == "ausdrückliche" || s.w[t-1].low == "direkte" || s.w[t-1].low == "persönliche")) {
			continue
		}
		// auf Anordnung von X / des X / des Präsidenten X
		for n := t + 1; n < len(s.w) && n <= t+3; n++ {
			if k := s.argCovering(n); k >= 0 {
				if s.typeOK(k, ts) && !s.args[k].partial && !s.args[k].mod {
					return k
				}
				break
			}
			l := s.w[n].low
			if s.w[n].kind != text.Word || !(l == "von" || l == "des" || l == "der" || s.w[n].upper) {
				break
			}
		}
	}
	return -1
}

// objectArgs finds the arguments that fill a slot within [from, to) of clause ci.
func (s *sent) objectArgs(ci int, sl slot, from, to int, exclude []int) []int {
	for _, k := range s.argsIn(ci) {
		a := &s.args[k]
		if a.t0 < from || a.t0 >= to && !(a.virtual && a.t0 == to) || contains(exclude, k) || a.partial || a.mod {
			continue
		}
		if !s.slotFits(k, sl) {
			continue
		}
		out := []int{}
		for _, g := range s.groupOf(k) {
			if !contains(exclude, g) && s.slotFits(g, sl) {
				out = append(out, g)
			}
		}
		if a.virtual {
			out = []int{k}
		}
		return out
	}
	return nil
}

func (s *sent) slotFits(k int, sl slot) bool {
	a := &s.args[k]
	if !s.typeOK(k, sl.types) {
		return false
	}
	switch sl.kind {
	case "acc":
		return !a.gen && a.prep == "" && a.cases&cAcc != 0
	case "dat":
		return !a.gen && a.prep == "" && a.cases&cDat != 0
	case "gen":
		return a.gen
	case "prep":
		for _, p := range sl.preps {
			if a.prep == p {
				return true
			}
		}
		return false
	case "dir":
		return a.prep == "nach" || a.prep == "in" || sl.preps != nil && a.prep == "auf"
	}
	return false
}

// applyVerb fills the frame of one verb occurrence and records relations.
func (s *sent) applyVerb(ci int, o occ, occs []occ, nrs []*nounRel) {
	fr := &lex.frames[o.frame]
	needsNeg := false
	for _, n := range fr.needs {
		if n == "neg" {
			needsNeg = true
		}
	}
	// (an attributive participle with its own von-agent is not negated by
	// the clause: der von X gesuchte Y darf nicht ausreisen)
	if !needsNeg && s.negated(ci) && !(o.kind == fAttr && s.attributiveAgent(o, fr) >= 0) {
		return
	}
	if !s.needsMet(ci, fr.needs) {
		return
	}
	if len(fr.unless) > 0 && s.hasWord(ci, func(l string) bool { return contains2(fr.unless, l) }) {
		return
	}
	if fr.lemma == "lassen" && !s.endsWithLassen(ci) {
		return // ließ X festnehmen: lassen is the causative of another verb
	}
	if s.speechInversion(ci) {
		return // …, warnt X: X reports what came before, nobody is warned
	}
	cue := "verb:" + strings.ReplaceAll(fr.lemma, "|", "")
	conf := 0.9
	c := s.clauses[ci]
	switch c.kind {
	case clSub:
		cue += "/subordinate"
	case clRel:
		cue += "/relative"
	case clInf:
		cue += "/infinitive"
	}

	if o.kind == fAttr {
		s.applyAttributive(ci, o, fr, cue+"/attributive")
		return
	}
	if fr.attrOnly || s.clauses[ci].unasserted {
		return
	}
	if s.hasWord(ci, func(l string) bool { return lex.hypothetical[l] }) {
		return // … ihn entheben könne: a possibility, not a report
	}
	if fr.patientDat {
		// X drohen fünf Jahre Haft: the dative (a bare name may look like a
		// subject) is whom it befalls
		for _, k := range s.argsIn(ci) {
			a := &s.args[k]
			if a.prep == "" && !a.gen && !a.mod && !a.partial && a.cases&cDat != 0 && s.typeOK(k, fr.obj.types) {
				s.addFrame(fr, -1, a.ent, s.attrsFor(ci, fr.rel), cue+"/patient", 0.75)
			}
		}
		return
	}
	if fr.patient {
		// X sitzt in Haft: the subject is whom it befell, the agent unnamed
		for _, k := range s.subject(ci) {
			if s.typeOK(k, fr.obj.types) {
				s.addFrame(fr, -1, s.args[k].ent, s.attrsFor(ci, fr.rel), cue+"/patient", 0.8)
			}
		}
		return
	}

	var subj, obj []int // arg indexes; -1 entries are not used
	var subjEnts, objEnts []int
	passive := s.passive(ci, o)
	from, to := s.region(ci, o, occs)

	if fr.obj.kind == "req" {
		// the requester named inside the request noun; the rejecter is the subject
		var req *nounRel
		for _, nr := range nrs {
			if nr.rel == "requested_help" {
				req = nr
				break
			}
		}
		if req == nil && !passive {
			// Die Nato lehnte die Bitte ab: the request made to the subject
			// in an earlier sentence
			if e := s.earlierRequester(ci, fr.subjTypes); e >= 0 {
				req = &nounRel{rel: "requested_help", subj: []int{e}}
				cue += "/earlier-request"
				conf = 0.7
			}
		}
		if req == nil || len(req.subj) == 0 {
			return
		}
		objEnts = req.subj
		if !passive {
			for _, k := range s.subject(ci) {
				if s.typeOK(k, fr.subjTypes) && !contains(req.subj, s.args[k].ent) {
					subjEnts = append(subjEnts, s.args[k].ent)
				}
			}
			if len(req.obj) == 0 && len(subjEnts) > 0 {
				req.obj = subjEnts
			}
			if len(subjEnts) == 0 {
				return
			}
		} else {
			cue += "/passive"
		}
		attrs := s.attrsFor(ci, fr.rel)
		for _, se := range orNone(subjEnts) {
			for _, oe := range objEnts {
				s.addFrame(fr, se, oe, attrs, cue, conf)
			}
		}
		return
	}

	if passive {
		cue += "/passive"
		if ag := s.agent(ci, fr.subjTypes); ag >= 0 {
			subj = s.groupOf(ag)
		} else if ca := s.causer(ci, fr.subjTypes); ca >= 0 {
			subj = []int{ca}
			cue += "/causer"
			conf = 0.8
		} else if fr.speaker && s.speaker >= 0 && s.typeOK(s.speaker, fr.subjTypes) {
			subj = []int{s.speaker}
			cue += "/speaker"
			conf = 0.7
		} else if !fr.noagent {
			return // wurde kritisiert: without its agent the statement says little
		}
		if fr.obj.kind == "acc" {
			for _, k := range s.argsIn(ci) {
				if s.nomCandidate(k) && s.typeOK(k, fr.obj.types) && !contains(subj, k) {
					obj = s.groupOf(k)
					break
				}
			}
		} else {
			obj = s.objectArgs(ci, fr.obj, c.toks[0], c.toks[len(c.toks)-1]+1, subj)
		}
	} else {
		if s.hasLassen(ci) && o.kind&fInf != 0 {
			cue += "/causative"
		}
		if fr.subjTroop {
			subjEnts = s.troopOwners(ci)
			for _, k := range s.subject(ci) {
				a := &s.args[k]
				if !a.virtual && !a.mod && contains(subjEnts, a.ent) && !(a.t1 < len(s.w) && isTroopWord(s.w[a.t1].low)) {
					return // X und Y entsandten Truppen: the troops are the object
				}
			}
			cue += "/troops"
			if len(subjEnts) == 0 {
				return // kurdische Kämpfer: forces of no state of the article
			}
		} else if g := s.stateGroupSubject(ci, fr.subjTypes); len(g) > 0 {
			// Alle fünf Staaten gehören dem Bündnis an: the states listed before
			subjEnts = g
			cue += "/state-group"
			conf = 0.7
		} else {
			for _, k := range s.subject(ci) {
				if s.typeOK(k, fr.subjTypes) {
					subj = append(subj, k)
				}
			}
			if len(subj) == 0 && fr.rel == "sent_troops" && s.vorfeldTroops(ci) {
				// Weitere Soldaten schickten X und Y: the troops in the
				// Vorfeld are what is sent, the names after the verb send them
				for _, k := range s.argsIn(ci) {
					a := &s.args[k]
					if a.t0 > c.finite && s.nomCandidate(k) && s.typeOK(k, fr.subjTypes) {
						subj = s.groupOf(k)
						cue += "/object-first"
						break
					}
				}
			}
			if len(subj) == 0 && len(subjEnts) == 0 {
				// Die Opposition wirft X vor: the agent is named by no entity;
				// like a passive without agent, the statement is still about X
				if !fr.noagent || s.clauses[ci].kind != clMain || len(s.subject(ci)) > 0 || !(s.vorfeldNominalSubject(ci) || s.midfieldNominalSubject(ci)) {
					return
				}
				cue += "/unnamed-agent"
				conf = 0.7
			}
		}
		if fr.obj.kind == "dat" || fr.obj.kind == "prep" {
			// Der Organisation gehören X an: a Vorfeld mention that may be
			// dative is the object when another subject is there
			if len(subj) > 0 && fr.obj.types&tPerson == 0 && (s.args[subj[0]].cueTok >= 0 || s.args[subj[0]].virtual) && s.args[subj[0]].cases != cNom && s.args[subj[0]].cases&cNom != 0 && s.slotFits(subj[0], fr.obj) {
				alt := []int{subj[0]}
				for _, k := range s.argsIn(ci) {
					if s.args[k].ent == s.args[subj[0]].ent {
						alt = append(alt, k)
					}
				}
				var ns []int
				for _, k := range s.subjectExcept(ci, alt) {
					if s.typeOK(k, fr.subjTypes) && !contains(alt, k) {
						ns = append(ns, k)
					}
				}
				if len(ns) > 0 {
					subj, obj = ns, alt[:1]
				}
			}
		}
		if fr.obj.kind != "dir" && len(obj) == 0 {
			obj = s.objectArgs(ci, fr.obj, from, to, subj)
			if len(obj) == 0 {
				// the object may stand in the Vorfeld or elsewhere in the clause
				obj = s.objectArgs(ci, fr.obj, c.toks[0], c.toks[len(c.toks)-1]+1, subj)
				conf = 0.8
			}
			if len(obj) == 0 && fr.obj.kind == "acc" {
				// unterstützte Tokajews Idee: the possessor of the object
				for _, k := range s.argsIn(ci) {
					a := &s.args[k]
					if a.pregen && a.t0 >= from && a.t0 < to && s.typeOK(k, fr.obj.types) && !contains(subj, k) {
						obj = []int{k}
						conf = 0.7
						cue += "/possessor"
						break
					}
				}
			}
			if len(obj) == 0 && fr.obj.kind == "acc" {
				// kritisierte die Sanktionen der EU: the genitive owner of
				// the accusative noun
				for _, k := range s.argsIn(ci) {
					a := &s.args[k]
					if a.t0 < 2 || a.t0 < from || a.t0 >= to || a.prep != "" || a.partial || a.mod || contains(subj, k) || !s.typeOK(k, fr.obj.types) {
						continue
					}
					det, noun := &s.w[a.t0-1], &s.w[a.t0-2]
					if patientGenitive(det.low) || patientGenitive(noun.low) {
						continue // kritisierte die Festnahme Xs: X is the one arrested, not criticised
					}
					if (det.low == "der" || det.low == "des") && noun.upper && noun.kind == text.Word && s.argCovering(a.t0-2) < 0 && a.t0-3 >= 0 && lex.dets[s.w[a.t0-3].low]&cAcc != 0 {
						obj = []int{k}
						conf = 0.65
						cue += "/owner"
						break
					}
					// verurteilte den Angriff Russlands: an s-genitive after the noun
					if a.gen && !a.pregen && det.upper && det.kind == text.Word && s.argCovering(a.t0-1) < 0 && lex.dets[noun.low]&cAcc != 0 && !noun.upper {
						obj = []int{k}
						conf = 0.65
						cue += "/owner"
						break
					}
				}
			}
			if len(obj) == 0 && fr.rel == "criticized" {
				// verurteilte die Festnahmen, den Einmarsch: criticises who did it
				if e := s.actAgent(ci, from, to); e >= 0 && !contains(subjEntsOf(s, subj), e) {
					objEnts = []int{e}
					conf = 0.6
					cue += "/act-agent"
				}
			}
			if len(obj) == 0 && len(objEnts) == 0 && fr.obj.kind == "acc" && fr.obj.types&tState != 0 {
				// X kritisiert, dass die armenische Regierung …: the actor of the complement clause
				obj = s.complementActor(ci, fr.obj.types, subj)
				if len(obj) > 0 {
					conf = 0.6
					cue += "/complement"
				}
			}
			if len(obj) == 0 && !fr.subjTroop && fr.obj.kind != "acc" && len(subj) > 0 && s.args[subj[0]].cases != cNom && s.slotFits(subj[0], fr.obj) && (s.args[subj[0]].cueTok >= 0 || fr.obj.kind != "dat" || lex.dets[s.w[s.args[subj[0]].t0].low] != 0) {
				// (only an article marks the Vorfeld as dative: Polen und
				// Litauen schickten Waffen has no dative object)
				// Der Organisation gehören X an: the dative in the Vorfeld is the object
				obj = []int{subj[0]}
				subj = nil
				for _, k := range s.subjectExcept(ci, obj) {
					if s.typeOK(k, fr.subjTypes) {
						subj = append(subj, k)
					}
				}
				if len(subj) == 0 {
					return
				}
			}
		}
	}
	if len(obj) > 0 && fr.obj.kind == "prep" {
		obj = append(obj, s.gappedObjects(ci, obj, subj, fr.obj)...)
	}
	if fr.obj.kind == "troops" {
		// X erlaubte den russischen Einheiten den Durchmarsch: whose troops
		for _, e := range s.troopOwners(ci) {
			if typeBit(s.x.ents[e].Type)&fr.obj.types != 0 && !contains(subjEnts, e) && !contains(subjEntsOf(s, subj), e) {
				objEnts = append(objEnts, e)
			}
		}
	}
	if len(obj) == 0 && fr.obj.kind != "dir" && fr.obj.types&tOrg != 0 && fr.obj.types&tPerson == 0 {
		// ein von Russland geführtes Bündnis um Hilfe bitten: a description
		// of an alliance stands for the article's organisation
		if e := s.describedOrg(ci, from, to); e >= 0 {
			objEnts = []int{e}
			conf = 0.6
			cue += "/description"
		} else if fr.rel == "requested_help" && c.kind != clMain {
			// nachdem X um Hilfe gebeten hatte: the organisation of the main clause
			for k := range s.args {
				if s.args[k].typ == newsgraph.Organization && !s.args[k].virtual && !s.inClause(ci, s.args[k].t0) {
					objEnts = []int{s.args[k].ent}
					conf = 0.6
					cue += "/main-clause-org"
					break
				}
			}
		}
	}
	if fr.obj.kind == "dir" {
		var excl []int
		excl = append(excl, subj...)
		// nach X is always a destination, in X may be where it happens (im
		// Rahmen der Übung in Osteuropa … nach Rumänien entsandt): nach first
		nach := fr.obj
		nach.kind, nach.preps = "prep", []string{"nach"}
		dests := s.objectArgs(ci, nach, c.toks[0], c.toks[len(c.toks)-1]+1, excl)
		if len(dests) == 0 {
			dests = s.objectArgs(ci, fr.obj, c.toks[0], c.toks[len(c.toks)-1]+1, excl)
		}
		for _, k := range dests {
			own := append([]int(nil), subjEnts...)
			for _, sk := range subj {
				own = append(own, s.args[sk].ent)
			}
			if fr.subjTroop {
				own = append(own, s.troopOwners(ci)...)
			}
			if t := s.targetStateExcept(s.args[k].ent, own); t >= 0 {
				objEnts = append(objEnts, t)
			}
		}
		if len(objEnts) == 0 && !fr.explicit && !s.otherDestination(ci) {
			excl := append([]int(nil), subjEnts...)
			for _, k := range subj {
				excl = append(excl, s.args[k].ent)
			}
			for _, k := range s.argsIn(ci) {
				if s.args[k].prep == "aus" {
					excl = append(excl, s.args[k].ent)
				}
			}
			if fr.subjTroop {
				excl = append(excl, s.troopOwners(ci)...)
			}
			if t := s.x.deployState; t >= 0 && s.idx-s.x.deploySent <= deployWindow && !contains(excl, t) {
				objEnts = []int{t}
				conf = 0.7
				cue += "/deployed-target"
			} else if t := s.x.mainStateExcept(excl); t >= 0 {
				objEnts = []int{t}
				conf = 0.7
				cue += "/default-target"
			}
		}
	}
	described := false
	for _, k := range subj {
		subjEnts = append(subjEnts, s.args[k].ent)
		described = described || s.args[k].described
	}
	for _, k := range obj {
		objEnts = append(objEnts, s.args[k].ent)
		described = described || s.args[k].described
	}
	if described {
		cue += "/described" // an argument read off a description (die Behörden, der 44-Jährige)
		conf = min(conf, 0.7)
	}
	if len(objEnts) == 0 && fr.sym && len(subjEnts) > 1 && (fr.recip || s.hasWord(ci, func(l string) bool { return lex.reciprocal[l] })) {
		// X und Y haben miteinander telefoniert: coordinated subjects are
		// each other's partners
		subjEnts, objEnts = subjEnts[:1], subjEnts[1:]
		cue += "/reciprocal"
	}
	if len(objEnts) == 0 {
		return
	}
	attrs := s.attrsFor(ci, fr.rel)
	for _, se := range orNone(subjEnts) {
		for _, oe := range objEnts {
			if oe < 0 || se == oe {
				continue
			}
			s.addFrame(fr, se, oe, attrs, cue, conf)
		}
	}
	if lex.addressed[fr.rel] && len(subjEnts) > 0 && s.talkSetting(ci) {
		// In einem Telefonat dankte X Y: X spoke with Y
		for _, se := range subjEnts {
			for _, oe := range objEnts {
				if oe >= 0 && se != oe && s.x.ents[oe].Type != newsgraph.Event && s.x.ents[se].Type != newsgraph.Event {
					s.add("talked_with", se, oe, s.attrsFor(ci, "talked_with"), cue+"/talk-setting", min(conf, 0.8))
				}
			}
		}
	}
}

// gappedObjects finds the objects of a gapped coordination after a comma
// that repeats the object's preposition without the verb (grenzt im Norden
// an X, im Osten an Y).
func (s *sent) gappedObjects(ci int, obj, subj []int, sl slot) []int {
	last := obj[len(obj)-1]
	for _, k := range obj {
		if s.args[k].t0 > s.args[last].t0 {
			last = k
		}
	}
	prep := s.args[last].prep
	var out []int
	end := s.args[last].t1
	for _, k := range s.argsIn(ci) {
		a := &s.args[k]
		if a.t0 < end || contains(obj, k) || contains(subj, k) || a.virtual {
			continue
		}
		if a.prep != prep || a.partial || a.mod || a.gen || !s.slotFits(k, sl) {
			break
		}
		comma := false
		for t := end; t < a.t0; t++ {
			if s.w[t].kind == text.Punct && s.w[t].text == "," {
				comma = true
			} else if s.w[t].kind == text.Punct || !s.inClause(ci, t) || s.w[t].kind == text.Word && !s.w[t].upper && lex.relpron[s.w[t].low] != 0 {
				return out
			}
		}
		if !comma {
			break
		}
		out = append(out, s.groupOf(k)...)
		end = a.t1
	}
	return out
}

// earlierRequester finds who asked the subject of clause ci for help in
// an earlier sentence (the last such request), or -1.
func (s *sent) earlierRequester(ci int, ts typeSet) int {
	for _, k := range s.subject(ci) {
		if !s.typeOK(k, ts) {
			continue
		}
		key := s.args[k].key
		for i := len(s.x.out) - 1; i >= 0; i-- {
			r := &s.x.out[i]
			if r.Type != "requested_help" || r.Object != key || r.Subject == "" || r.Evidence.Index >= s.s.Index {
				continue
			}
			for e := range s.x.ents {
				if s.x.ents[e].Key == r.Subject {
					return e
				}
			}
		}
	}
	return -1
}

// endsWithLassen reports whether the last word of clause ci is a form of
// lassen (ins Land gelassen), not the infinitive it makes causative.
func (s *sent) endsWithLassen(ci int) bool {
	toks := s.clauses[ci].toks
	for i := len(toks) - 1; i >= 0; i-- {
		if w := &s.w[toks[i]]; w.kind == text.Word {
			return lex.lassen[w.low] || w.low == "gelassen"
		}
	}
	return false
}

// speechInversion reports whether main clause ci is a reporting clause
// after a comma, verb first, with only the speaker after the verb (Die Lage
// ist ernst, warnt X.).
func (s *sent) speechInversion(ci int) bool {
	c := s.clauses[ci]
	if c.kind != clMain || c.finite < 1 || s.w[c.finite-1].text != "," {
		return false
	}
	k := s.argAt(c.finite + 1)
	if k < 0 || s.args[k].typ != newsgraph.Person {
		return false
	}
	end := s.args[k].t1
	return end >= len(s.w) || s.w[end].kind == text.Punct && (s.w[end].text == "." || s.w[end].text == "," || s.w[end].text == "!")
}

// talkSetting reports whether clause ci is set in a conversation (in einem
// Telefonat, bei einem Treffen, während des Gesprächs).
func (s *sent) talkSetting(ci int) bool {
	toks := s.clauses[ci].toks
	for i, t := range toks {
		if s.w[t].kind != text.Word || !s.w[t].upper || !lex.talkSetting[s.w[t].low] {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			l := s.w[toks[j]].low
			if l == "in" || l == "im" || l == "bei" || l == "beim" || l == "während" {
				return true
			}
		}
	}
	return false
}

func orNone(xs []int) []int {
	if len(xs) == 0 {
		return []int{-1}
	}
	return xs
}

// targetState maps a troop destination to a state: a Place stands for the
// article's main state.
func (s *sent) targetState(ent int) int {
	return s.targetStateExcept(ent, nil)
}

// targetStateExcept is targetState where the place cannot be in one of the
// senders' own states (Russische Truppen rücken auf Kiew vor).
func (s *sent) targetStateExcept(ent int, own []int) int {
	if s.x.ents[ent].Type == newsgraph.Place {
		return s.x.mainStateExcept(own)
	}
	return ent
}

func (s *sent) hasLassen(ci int) bool {
	return s.hasWord(ci, func(l string) bool { return lex.lassen[l] })
}

// troopOwners finds whose forces a troop noun names: the genitive after it
// (Truppen der OVKS), a compound (OVKS-Truppen), aus X, or a state
// adjective (russische Soldaten).
func (s *sent) troopOwners(ci int) []int {
	toks := s.clauses[ci].toks
	if c := s.clauses[ci]; c.kind == clRel && len(c.toks) > 0 {
		// russische Soldaten, die in die Ukraine vorstoßen: the troop noun
		// is the relative pronoun's antecedent
		var ext []int
		for t := max(0, c.toks[0]-6); t < c.toks[0]; t++ {
			ext = append(ext, t)
		}
		toks = append(ext, toks...)
	}
	for k, t := range toks {
		w := &s.w[t]
		if w.kind != text.Word || !w.upper || !isTroopWord(w.low) {
			continue
		}
		if a := s.argCovering(t); a >= 0 && s.args[a].partial && isActor(s.args[a].typ) {
			return []int{s.args[a].ent}
		}
		for j := k + 1; j < len(toks) && j <= k+5; j++ {
			if a := s.argAt(toks[j]); a >= 0 {
				if isActor(s.args[a].typ) && (s.args[a].gen || s.args[a].prep == "aus") {
					var out []int
					for _, g := range s.groupOf(a) {
						out = append(out, s.args[g].ent)
					}
					return out
				}
				break
			}
		}
		for j := t - 1; j >= 0 && j >= t-3; j-- {
			if e := s.demonymEntity(j); e >= 0 {
				return []int{e}
			}
			if !adjLike(&s.w[j]) {
				break
			}
		}
	}
	return nil
}

// demonymEntity maps a state adjective at token j (kasachische, Moskauer)
// to a State entity of the article, or -1.
func (s *sent) demonymEntity(j int) int {
	w := &s.w[j]
	if w.kind != text.Word {
		return -1
	}
	if a := s.argCovering(j); a >= 0 {
		if s.args[a].typ == newsgraph.State {
			return s.args[a].ent
		}
		return -1 // Moskauer Carnegie Center: part of another name
	}
	if a := s.argCovering(j + 1); a >= 0 && s.args[a].typ != newsgraph.State && s.args[a].typ != newsgraph.Person {
		return -1 // an adjective before another name belongs to it
	}
	low := w.low
	name, ok := lex.demonyms[low]
	if !ok {
		for _, suf := range []string{"en", "em", "er", "es", "e"} {
			if st, cut := strings.CutSuffix(low, suf); cut {
				if n, ok2 := lex.demonyms[st]; ok2 {
					name, ok = n, true
					break
				}
			}
		}
	}
	if !ok {
		return -1
	}
	if e, ok := s.x.form(strings.ToLower(name)); ok && s.x.ents[e].Type == newsgraph.State {
		return e
	}
	return -1
}

// applyAttributive handles "ein von X geführtes Bündnis": the agent is the
// von-phrase, the object the noun the participle modifies or, in an
// apposition, the mention it is apposed to.
func (s *sent) applyAttributive(ci int, o occ, fr *frame, cue string) {
	agent := s.attributiveAgent(o, fr)
	obj := -1
	for k := range s.args {
		a := &s.args[k]
		if a.virtual || a.mod || a.t0 <= o.tok || a.t0 > o.tok+4 {
			continue // (gesuchte sudanesische Präsident X: the adjective is no object)
		}
		// the mention must be the noun the participle modifies, with only
		// adjectives between (eine von Riad geführte Allianz mit Angriffen
		// auf X does not lead X)
		direct := true
		for j := o.tok + 1; j < a.t0; j++ {
			w := &s.w[j]
			organ := lex.authority[w.low] && j+1 < len(s.w) && (s.w[j+1].low == "von" || s.w[j+1].low == "des" || s.w[j+1].low == "der" || j+1 == a.t0)
			after := j > o.tok+1 && lex.authority[s.w[j-1].low] && (w.low == "von" || w.low == "des" || w.low == "der")
			apposed := j == a.t0-1 && w.upper && w.kind == text.Word // die geführte Mission Sahelschild
			if !adjLike(w) && s.argCovering(j) < 0 && !organ && !after && !apposed {
				direct = false // (die von Russland unterstützte Regierung von X supports X)
			}
		}
		if direct && s.typeOK(k, fr.obj.types) && !a.gen {
			obj = k
		}
		break
	}
	if obj < 0 {
		// apposition: X, ein von Y geführtes Bündnis
		j := o.tok - 1
		for ; j >= 0; j-- {
			if s.w[j].kind == text.Punct {
				break
			}
		}
		// (only an article and the agent phrase between the comma and the
		// participle: X entließ die Regierung, verhängte … und bat ein von
		// Y geführtes Bündnis is no apposition to die Regierung)
		appos := j > 0 && s.w[j].text == ","
		for t := j + 1; appos && t < o.tok; t++ {
			w := &s.w[t]
			if lex.dets[w.low] == 0 && w.low != "von" && w.low != "vom" && !(adjLike(w) && !s.isFinite(t)) && s.argCovering(t) < 0 {
				appos = false
			}
		}
		if appos {
			for k := range s.args {
				a := &s.args[k]
				if !a.virtual && a.t1 == j && s.typeOK(k, fr.obj.types) {
					obj = k
				}
			}
		}
	}
	oe := -1
	if obj >= 0 {
		oe = s.args[obj].ent
	} else if fr.obj.types&tOrg != 0 {
		oe = s.describedOrg(ci, o.tok+1, o.tok+4)
		if oe >= 0 && !s.x.descOrgStrong {
			// eine von den USA angeführte Allianz gegen den IS: a new
			// alliance, not the article's organisation that only happens
			// to be mentioned most
			oe = -1
		}
	}
	if oe < 0 {
		return
	}
	se := -1
	if agent >= 0 {
		se = s.args[agent].ent
	} else if fr.rel == "leads" {
		return
	}
	s.addFrame(fr, se, oe, s.attrsFor(ci, fr.rel), cue, 0.85)
}

// attrsFor collects the date and, for troops, the count of a relation.
func (s *sent) attrsFor(ci int, rel string) newsgraph.Attrs {
	var at newsgraph.Attrs
	at.Date, at.DatePrecision = s.dateIn(ci)
	if rel == "sent_troops" {
		at.Count, _ = s.troopCount(ci)
	}
	return at
}

// describedOrg returns the organisation that tokens [from, to) of clause
// ci name only by description (das Bündnis), else -1.
func (s *sent) describedOrg(ci, from, to int) int {
	if s.x.descOrg() < 0 {
		return -1
	}
	for t := from; t < to && t < len(s.w); t++ {
		w := &s.w[t]
		if !s.inClause(ci, t) || !w.upper || w.kind != text.Word || s.argCovering(t) >= 0 {
			continue
		}
		if lex.orgDesc[w.low] {
			return s.x.descOrg()
		}
		for d := range lex.orgDesc {
			if len(w.low) > len(d) && strings.HasSuffix(w.low, d) && len(d) >= 7 {
				return s.x.descOrg()
			}
		}
	}
	return -1
}

// descOrg picks the organisation an alliance description refers to: the
// one the resolver already linked such a description to, else one whose
// name says it is an alliance or organisation, else the most mentioned.
func (x *docExtractor) descOrg() int {
	if x.descOrgDone {
		return x.descOrgIdx
	}
	x.descOrgDone = true
	best, bestScore := -1, 0
	for i := range x.ents {
		e := &x.ents[i]
		if e.Type != newsgraph.Organization {
			continue
		}
		score := 0
		forms := append([]string{e.Name}, e.Aliases...)
		for _, m := range e.Mentions {
			low := strings.ToLower(m.Text)
			for d := range lex.orgDesc {
				if strings.Contains(low, d) {
					if strings.HasPrefix(m.Cue, "coref:") {
						score += 4
					} else {
						score += 2
					}
				}
			}
			forms = append(forms, m.Text)
		}
		for _, f := range forms {
			lf := strings.ToLower(f)
			if strings.Contains(lf, "vertrag") || strings.Contains(lf, "pakt") || strings.Contains(lf, "union") {
				score++
			}
		}
		score = score*100 + len(e.Mentions)
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	x.descOrgStrong = bestScore >= 200
	if bestScore < 200 {
		best = x.topicOrg
		if best >= 0 && lex.nonAlliance(x.ents[best].Name) {
			best = -1 // a rebel group or party is no alliance an "Allianz" could mean
		}
	}
	x.descOrgIdx = best
	return best
}

// complementActor finds the first actor of a dass-clause that depends on
// clause ci: a mention or a state adjective (die armenische Regierung).
func (s *sent) complementActor(ci int, ts typeSet, exclude []int) []int {
	for cj, c := range s.clauses {
		if len(c.toks) == 0 || c.kind != clSub || c.parent != ci || s.w[c.toks[0]].low != "dass" {
			continue
		}
		for _, k := range s.argsIn(cj) {
			a := &s.args[k]
			if contains(exclude, k) || a.virtual || a.gen || a.prep != "" || !s.typeOK(k, ts) {
				continue
			}
			return []int{k}
		}
	}
	return nil
}

func contains2(xs []string, v string) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// hasComplement reports whether a dass-clause or an infinitive clause
// follows clause ci (X unterstellt Y, einen Angriff vorzubereiten).
func (s *sent) hasComplement(ci int) bool {
	first := s.clauses[ci].toks[0]
	for cj, c := range s.clauses {
		if cj == ci || len(c.toks) == 0 || c.toks[0] < first {
			continue
		}
		if c.kind == clInf || c.kind == clSub && s.w[c.toks[0]].low == "dass" {
			return true
		}
	}
	return false
}

// actComplement reports whether a zu- or dass-clause follows that asks
// for an act, not for the addressee to stop or undo one (see [cease]).
func (s *sent) actComplement(ci int) bool {
	first := s.clauses[ci].toks[0]
	for cj, c := range s.clauses {
		if cj == ci || len(c.toks) == 0 || c.toks[0] < first {
			continue
		}
		if c.kind == clInf || c.kind == clSub && s.w[c.toks[0]].low == "dass" {
			return !s.hasWord(cj, func(l string) bool { return lex.cease[l] })
		}
	}
	return false
}

// otherAllies reads "mit X und anderen verbündeten Staatschefs": X is an
// ally of the clause's subject.
func (s *sent) otherAllies(ci int) {
	toks := s.clauses[ci].toks
	for k, t := range toks {
		w := &s.w[t]
		if w.upper || !strings.HasPrefix(w.low, "verbündet") || k < 3 {
			continue
		}
		other := s.w[toks[k-1]].low
		if other != "anderen" && other != "weiteren" && other != "übrigen" && other != "andere" && other != "weitere" {
			continue
		}
		if s.w[toks[k-2]].low != "und" {
			continue
		}
		x := s.argCovering(toks[k-3])
		if x < 0 || s.args[x].typ != newsgraph.Person && s.args[x].typ != newsgraph.State {
			continue
		}
		for _, sk := range s.subject(ci) {
			if s.args[sk].ent != s.args[x].ent {
				s.add("ally_of", s.args[x].ent, s.args[sk].ent, newsgraph.Attrs{}, "adj:verbündet", 0.7)
			}
		}
	}
}

// otherDestination reports whether clause ci sends to a destination that
// names no state (an die Grenze, in die Region): then the article's main
// state is not where the troops went.
func (s *sent) otherDestination(ci int) bool {
	toks := s.clauses[ci].toks
	for k, t := range toks {
		p := s.w[t].low
		if (p != "an" && p != "in" && p != "auf" && p != "nach") || k+1 >= len(toks) {
			continue
		}
		n := toks[k+1]
		if s.argCovering(n) >= 0 && !lex.possessive[s.w[n].low] {
			continue
		}
		switch l := s.w[n].low; {
		case l == "die" || l == "den" || l == "das" || l == "einen" || l == "eine" || lex.possessive[l]:
			if p != "nach" {
				return true // an die Grenze, an seine Ostflanke
			}
		}
	}
	return false
}

// patientGenitive reports whether a noun trigger's genitive names whom the
// act befell (die Festnahme Xs, die Entlassung des Ministers).
func patientGenitive(low string) bool {
	for _, ni := range nounFramesFor(low) {
		if nf := &lex.nounFrames[ni]; len(nf.obj) > 0 && nf.obj[0] == "gen" {
			return true
		}
	}
	return false
}

func subjEntsOf(s *sent, ks []int) []int {
	var out []int
	for _, k := range ks {
		out = append(out, s.args[k].ent)
	}
	return out
}

// actAgent finds, for an act named by a noun in tokens [from, to) of clause
// ci (die Festnahmen, den Einmarsch, den Putsch), who did it according to
// the relations read so far: the subject of the latest such relation, or
// for a coup the article's army. -1 when unknown.
func (s *sent) actAgent(ci, from, to int) int {
	for t := from; t < to && t < len(s.w); t++ {
		w := &s.w[t]
		if !w.upper || w.kind != text.Word || !s.inClause(ci, t) || s.argCovering(t) >= 0 {
			continue
		}
		for _, ni := range nounFramesFor(w.low) {
			rel := lex.nounFrames[ni].rel
			if rel != "arrested" && rel != "dismissed" && rel != "sent_troops" {
				continue
			}
			for i := len(s.x.out) - 1; i >= 0; i-- {
				r := &s.x.out[i]
				if r.Type != rel || r.Subject == "" {
					continue
				}
				for e := range s.x.ents {
					if s.x.ents[e].Key == r.Subject {
						return e
					}
				}
			}
			if rel == "dismissed" {
				return s.x.armyOrg()
			}
			return -1
		}
	}
	return -1
}

// attributiveAgent is the von- or durch-phrase right before an attributive
// participle (ein von X geführtes Bündnis), or -1.
func (s *sent) attributiveAgent(o occ, fr *frame) int {
	agent := -1
	for k := range s.args {
		a := &s.args[k]
		if a.virtual || a.t1 > o.tok || a.t1 < o.tok-8 {
			continue
		}
		if (a.prep == "von" || a.prep == "durch") && s.typeOK(k, fr.subjTypes) {
			agent = k
		}
	}
	if agent >= 0 {
		// only brackets and prepositional phrases between (vom Gericht (ICC)
		// wegen Y gesuchte)
		for j := s.args[agent].t1; j < o.tok; j++ {
			if w := &s.w[j]; w.kind == text.Word && !lex.preps[w.low] && s.argCovering(j) < 0 && !(w.upper && j > 0 && lex.preps[s.w[j-1].low]) && !adjLike(w) {
				return -1
			}
		}
	}
	return agent
}

// addFrame records a verb frame's relation; an inverse frame's object is
// the relation's subject (X übergab das Amt an Y: Y succeeded X), so it
// needs a named agent.
func (s *sent) addFrame(fr *frame, subj, obj int, attrs newsgraph.Attrs, cue string, conf float64) {
	if fr.inverse {
		if subj < 0 {
			return
		}
		subj, obj = obj, subj
	}
	s.add(fr.rel, subj, obj, attrs, cue, conf)
}
