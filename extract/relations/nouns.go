package relations

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

// nounFramesFor returns the noun frames a (lower-case) noun triggers, as a
// whole word or as the tail of a compound.
func nounFramesFor(low string) []int {
	if len(low) < 3 || !lex.nounEndBits.has(low[len(low)-3:]) {
		return nil // no trigger noun ends like this (most words)
	}
	if fs, ok := lex.nouns[low]; ok {
		return fs
	}
	if len(low) < 6 || !lex.nounEnds[low[len(low)-3:]] {
		return nil
	}
	for _, t := range lex.nounTails {
		if len(low) > len(t) && strings.HasSuffix(low, t) {
			return lex.nouns[t]
		}
	}
	return nil
}

// applyNouns reads the noun triggers of clause ci.
func (s *sent) applyNouns(ci int) []*nounRel {
	var out []*nounRel
	if s.clauses[ci].unasserted {
		return nil
	}
	for _, t := range s.clauses[ci].toks {
		w := &s.w[t]
		if w.kind != text.Word || !w.upper {
			continue
		}
		if a := s.argCovering(t); a >= 0 && s.args[a].typ != newsgraph.Event && !s.args[a].partial {
			continue
		}
		for _, ni := range nounFramesFor(w.low) {
			nf := &lex.nounFrames[ni]
			if nf.pre != "" && !s.preceded(t, nf.pre) || s.precededAny(t, nf.notPre) {
				continue
			}
			if !s.needsMet(ci, nf.needs) {
				continue
			}
			if len(nf.unless) > 0 && s.hasWord(ci, func(l string) bool { return contains2(nf.unless, l) }) {
				continue
			}
			if s.negated(ci) && nf.rel != "requested_help" {
				continue
			}
			nr := &nounRel{rel: nf.rel, tok: t, cue: "noun:" + w.low, conf: 0.8}
			if symmetric[nf.rel] {
				// ein Telefonat zwischen X und Y: the two are the partners
				if g := s.between(ci, t, nf.subjTypes); len(g) >= 2 {
					nr.subj, nr.obj = g[:1], g[1:]
					nr.cue += "/zwischen"
					out = append(out, nr)
					break
				}
			}
			for _, sl := range nf.subj {
				if sl == "none" {
					nr.subjIsNone = true
					break
				}
				if r := s.nounSlot(ci, t, sl, nf.subjTypes, nil); len(r) > 0 {
					nr.subj = r
					break
				}
			}
			for _, sl := range nf.obj {
				if r := s.nounSlot(ci, t, sl, nf.objTypes, nr.subj); len(r) > 0 {
					nr.obj = r
					break
				}
			}
			if len(nr.obj) == 0 && symmetric[nf.rel] && len(nr.subj) >= 2 && s.reciprocalClause(ci) {
				// Russland und Belarus sind Verbündete: the coordinated
				// subjects are each other's partners
				nr.subj, nr.obj = nr.subj[:1], nr.subj[1:]
				nr.cue += "/reciprocal"
			}
			out = append(out, nr)
			break
		}
	}
	return out
}

// reciprocalClause reports whether clause ci says its coordinated subjects
// stand in a relation to each other: a copula (sind Verbündete), "führen"
// (führten Gespräche) or a reciprocal word (miteinander).
func (s *sent) reciprocalClause(ci int) bool {
	c := s.clauses[ci]
	if c.finite >= 0 && (lex.copula[s.w[c.finite].low] || strings.HasPrefix(s.w[c.finite].low, "führ")) {
		return true
	}
	return s.hasWord(ci, func(l string) bool { return lex.reciprocal[l] })
}

// emitNoun records a noun relation that has its arguments.
func (s *sent) emitNoun(ci int, nr *nounRel) {
	if len(nr.obj) == 0 || len(nr.subj) == 0 && !nr.subjIsNone {
		return
	}
	attrs := s.attrsFor(ci, nr.rel)
	for _, se := range orNone(nr.subj) {
		for _, oe := range nr.obj {
			rel := nr.rel
			if rel == "leads" && se >= 0 && s.x.ents[se].Type == newsgraph.Person && s.x.ents[oe].Type == newsgraph.State {
				rel = "holds_office" // an der Spitze eines Staates
			}
			s.add(rel, se, oe, attrs, nr.cue, nr.conf)
		}
	}
}

// preceded reports whether word pre stands before token t, with at most
// adjectives between (auf Bitten, unter Moskauer Führung).
func (s *sent) preceded(t int, pre string) bool {
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		if s.w[j].low == pre {
			return true
		}
		if !adjLike(&s.w[j]) && s.demonymEntity(j) < 0 {
			return false
		}
	}
	return false
}

func (s *sent) entsOf(ks []int, ts typeSet, exclude []int) []int {
	var out []int
	for _, k := range ks {
		e := s.args[k].ent
		if s.typeOK(k, ts) && !contains(exclude, e) && !contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// nounSlot resolves one slot of a noun frame for the noun at token t.
func (s *sent) nounSlot(ci, t int, sl string, ts typeSet, exclude []int) []int {
	switch sl {
	case "gen":
		for j := t + 1; j < len(s.w) && j <= t+5; j++ {
			if a := s.argAt(j); a >= 0 {
				if s.args[a].partial {
					return nil // der OECD-Auswertung: the genitive is the compound
				}
				if s.args[a].gen && !s.args[a].pregen || s.args[a].cases == cGen {
					return s.entsOf(s.groupOf(a), ts, exclude)
				}
				return nil
			}
			w := &s.w[j]
			if w.kind == text.Punct && !isQuote(w.text) {
				return nil
			}
			if w.upper && w.kind == text.Word && s.argCovering(j) < 0 && s.argAt(j+1) < 0 {
				return nil // the genitive is a common noun (an der Spitze der Bank)
			}
		}
	case "poss":
		for j := t - 1; j >= 0 && j >= t-3; j-- {
			if a := s.argCovering(j); a >= 0 {
				if s.args[a].pregen || s.args[a].coref && lex.possessive[s.w[s.args[a].t0].low] {
					// Russlands Präsident; sein Nachfolger (the possessive linked by the resolver)
					return s.entsOf([]int{a}, ts, exclude)
				}
				return nil
			}
			if !adjLike(&s.w[j]) {
				return nil
			}
		}
	case "prefix":
		if a := s.argCovering(t); a >= 0 && s.args[a].partial {
			return s.entsOf([]int{a}, ts, exclude)
		}
	case "adj":
		for j := t - 1; j >= 0 && j >= t-3; j-- {
			if e := s.demonymEntity(j); e >= 0 && typeBit(s.x.ents[e].Type)&ts != 0 {
				if a := s.argCovering(j); a >= 0 && !s.args[a].mod && !s.args[a].pregen {
					return nil // in Deutschland stieß der Einmarsch …: a name, no adjective
				}
				return []int{e}
			}
			if !adjLike(&s.w[j]) {
				return nil
			}
		}
	case "pred":
		// X war einer der Weggefährten von Y: the subject of a copula clause
		if c := s.clauses[ci]; c.finite < 0 || !lex.copula[s.w[c.finite].low] {
			return nil
		}
		return s.nounSlot(ci, t, "clause", ts, exclude)
	case "clause", "clauseobj":
		var out []int
		for _, k := range s.subject(ci) {
			if s.args[k].t0 <= t && t < s.args[k].t1 {
				continue
			}
			e := s.args[k].ent
			if s.typeOK(k, ts) && !contains(exclude, e) && (sl == "clause" || isActor(s.args[k].typ)) {
				out = append(out, e)
			}
		}
		if len(out) > 0 || sl == "clause" {
			return out
		}
		for k := range s.args {
			if s.args[k].typ == newsgraph.Organization && !s.args[k].virtual && !contains(exclude, s.args[k].ent) && s.typeOK(k, ts) {
				return []int{s.args[k].ent}
			}
		}
		// … starteten Kasachstans Verbündete eine Mission: allies named only
		// by description are the article's alliance
		c := s.clauses[ci]
		if len(c.toks) > 0 && ts&tOrg != 0 {
			if e := s.describedOrg(ci, c.toks[0], len(s.w)); e >= 0 && !contains(exclude, e) {
				return []int{e}
			}
		}
	case "clauseorg":
		for _, k := range s.argsIn(ci) {
			if s.args[k].typ == newsgraph.Organization && !contains(exclude, s.args[k].ent) {
				return []int{s.args[k].ent}
			}
		}
		if a := s.argCovering(t - 1); a >= 0 && s.args[a].typ == newsgraph.Organization {
			return []int{s.args[a].ent}
		}
	case "appos":
		// X, der Ziehvater Y-s / X - der Ziehvater Y-s
		j := t - 1
		for ; j >= 0 && (adjLike(&s.w[j]) || lex.dets[s.w[j].low] != 0 || s.w[j].low == "als"); j-- {
		}
		if j >= 0 && (s.w[j].text == "," || s.w[j].text == "-" || s.w[j].text == "–") {
			if j > 0 && s.w[j-1].text == ")" {
				j-- // X (Abkürzung), die Partei …
			}
			for k := range s.args {
				if !s.args[k].virtual && s.args[k].t1 == j && s.typeOK(k, ts) && !contains(exclude, s.args[k].ent) {
					return []int{s.args[k].ent}
				}
			}
		}
	case "name":
		// beim Bündnispartner Saudi-Arabien: a name right after the noun
		if a := s.argAt(t + 1); a >= 0 && !s.args[a].virtual && s.typeOK(a, ts) && !contains(exclude, s.args[a].ent) {
			return []int{s.args[a].ent}
		}
	case "names":
		// die Nato-Staaten Polen, Litauen und Lettland: the names right
		// after the noun, with those coordinated with them
		if a := s.argAt(t + 1); a >= 0 && !s.args[a].virtual && s.typeOK(a, ts) {
			return s.entsOf(s.groupOf(a), ts, exclude)
		}
	case "apposr":
		// seinem Vorgänger, dem … X
		if t+1 < len(s.w) && s.w[t+1].text == "," {
			for j := t + 2; j < len(s.w) && j <= t+7; j++ {
				if s.argCovering(j) >= 0 && s.argAt(j) < 0 {
					continue // an adjective mention (kasachischen)
				}
				if a := s.argAt(j); a >= 0 {
					if s.typeOK(a, ts) && !contains(exclude, s.args[a].ent) {
						return []int{s.args[a].ent}
					}
					return nil
				}
				if s.w[j].kind == text.Punct {
					return nil
				}
			}
		}
	case "possr":
		for j := t - 1; j >= 0 && j >= t-3; j-- {
			if lex.possessive[s.w[j].low] {
				return s.entsOf(s.subject(ci), ts, exclude)
			}
		}
	case "event":
		low := s.w[t].low
		best := -1
		for i := range s.x.ents {
			e := &s.x.ents[i]
			if e.Type != newsgraph.Event {
				continue
			}
			n := strings.ToLower(e.Name)
			if n == low || strings.HasSuffix(n, low) || strings.HasSuffix(low, n) {
				best = i
				break
			}
		}
		if best >= 0 {
			return []int{best}
		}
	case "relobj":
		// the object of a verb relation of this clause (festnehmen unter dem Vorwurf …)
		for i := len(s.x.out) - 1; i >= 0; i-- {
			r := &s.x.out[i]
			if r.Evidence.Index != s.s.Index {
				break
			}
			for e := range s.x.ents {
				if s.x.ents[e].Key == r.Object && typeBit(s.x.ents[e].Type)&ts != 0 {
					return []int{e}
				}
			}
		}
	case "target":
		for _, k := range s.argsIn(ci) {
			a := &s.args[k]
			if (a.prep == "nach" || a.prep == "in") && a.t0 > t && (a.typ == newsgraph.State || a.typ == newsgraph.Place) {
				e := s.targetState(a.ent)
				if !contains(exclude, e) {
					return []int{e}
				}
			}
		}
		if s.x.topic >= 0 && !contains(exclude, s.x.topic) {
			return []int{s.x.topic}
		}
	default:
		// a preposition: von, an, mit, aus, nach, in, bei, zu; with a
		// trailing * also before the noun (gegen X wurde Anklage erhoben)
		p, anywhere := strings.CutSuffix(sl, "*")
		for _, k := range s.argsIn(ci) {
			a := &s.args[k]
			if !a.virtual && !anywhere && (a.t0 <= t || a.t0 > t+8) || a.prep != p || a.partial || a.mod {
				continue
			}
			return s.entsOf(s.groupOf(k), ts, exclude)
		}
	}
	return nil
}

// precededAny reports whether one of the |-separated words stands before t.
func (s *sent) precededAny(t int, words string) bool {
	if words == "" {
		return false
	}
	for _, w := range strings.Split(words, "|") {
		if s.preceded(t, w) {
			return true
		}
	}
	return false
}

// between returns the entities of a "zwischen X und Y" phrase right after
// the noun at t (within four tokens), or nil.
func (s *sent) between(ci, t int, ts typeSet) []int {
	for j := t + 1; j < len(s.w) && j <= t+4; j++ {
		if s.w[j].low != "zwischen" {
			continue
		}
		for _, k := range s.argsIn(ci) {
			if a := &s.args[k]; !a.virtual && !a.mod && a.prep == "zwischen" && a.t0 > j {
				return s.entsOf(s.groupOf(k), ts, nil)
			}
		}
	}
	return nil
}
