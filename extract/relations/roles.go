package relations

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/text"
)

// pendingRole is an office whose state the sentence does not name
// (Präsident Tokajew); it is resolved once the whole article is read.
type pendingRole struct {
	person   int
	role     string
	former   bool
	sentence int
	local    int // a state named in the same sentence, -1
	prev     int // the state the previous sentence was about (its subject), -1
	// prevHolder: the person the previous sentence was about, -1; their
	// explicit office's state is the likeliest for an office without one
	prevHolder int
	ev         newsgraph.Evidence
	// federal: Bundeskanzler, Bundesaußenminister are offices of the
	// reader's own federal state, not of the state the article is about
	federal bool
	// elsewhere: the person is placed in another state (Machthaber X im
	// benachbarten Syrien), so the article's state is not theirs
	elsewhere bool
	// coref: the role word is a description the resolver linked to the
	// person (der König); only an office the person holds explicitly
	// confirms it
	coref bool
	// rebuts: the state accused, warned or criticised in the sentence
	// before, when the person rejects what was said (Präsident X wies das
	// zurück), -1
	rebuts int
	// domestic: the role is one of the state the events happen in
	// (Juntachef): only the article's main state is guessed
	domestic bool
	// about: states the person's reported words are about (Die Ukraine
	// werde …, sagte Präsident X); usually the speaker's own, but no
	// evidence when the article's state is guessed only because the
	// previous sentence's state acted against it
	about []int
}

// roleInflections are endings stripped to find a role head (Präsidenten,
// Sekretärs, Experten).
var roleInflections = []string{"", "en", "n", "s", "es", "in", "innen"}

// matchRole finds the office noun a (lower-case) word ends in. It returns
// the role, the part before it (the compound's modifier, e.g. "us-" or
// "geheimdienst") and whether it matched.
func matchRole(low string) (role, string, bool) {
	var best role
	bestPre, found := "", false
	for _, inf := range roleInflections {
		n := len(low) - len(inf)
		// the three bytes before the ending must end some role head: a
		// bit-table test first, most words end in none
		if n < 3 || !lex.roleEndBits.has(low[n-3:n]) || low[n:] != inf {
			continue
		}
		w := low[:n]
		if !lex.roleEnds[w[n-3:]] {
			continue
		}
		if r, ok := lex.roles[w]; ok {
			if !found || len(r.head) > len(best.head) {
				best, bestPre, found = r, "", true
			}
			continue
		}
		for _, t := range lex.roleTails {
			if len(w) > len(t) && strings.HasSuffix(w, t) {
				pre := w[:len(w)-len(t)]
				if len(pre) < 4 && !strings.HasSuffix(pre, "-") && pre != "alt" && pre != "vize" {
					continue
				}
				// the longest head wins across endings: Regierungschefin is
				// a Regierungschef, not a Chefin of a "Regierungs"
				if !found || len(t) > len(best.head) {
					best, bestPre, found = lex.roles[t], pre, true
				}
				break
			}
		}
	}
	return best, bestPre, found
}

// roles finds "Role Name", "Name, Role des X", "Russlands Präsident X",
// "der kasachische Präsident X", "US-Außenminister X" and records
// holds_office with the state or organisation served.
func (s *sent) roles() {
	for t := range s.w {
		w := &s.w[t]
		if w.kind != text.Word || !w.upper {
			continue
		}
		r, pre, ok := s.roleOf(t)
		if !ok {
			continue
		}
		cov := s.argCovering(t)
		if cov >= 0 && s.args[cov].typ != newsgraph.Person && !s.args[cov].partial {
			continue // inside an organisation's name (Präsidialamt is no role)
		}
		person, coref := s.rolePerson(t, cov)
		if person < 0 {
			person = s.appointed(t)
		}
		if person < 0 {
			person = s.predicative(t)
		}
		asRole := false
		if person < 0 {
			person = s.asRole(t)
			asRole = person >= 0
		}
		if person < 0 {
			s.describedPerson(t, r, pre)
			continue
		}
		if s.designated(t) {
			continue // der designierte Präsident X, der Premier in spe: not in office yet
		}
		former := s.formerBefore(t) || strings.HasPrefix(w.low, "ex-") || strings.HasPrefix(w.low, "alt") ||
			asRole && s.dismissalClause(s.clauseOf[t])
		obj := s.roleObject(t, r, pre)
		name := s.roleName(t, r, pre)
		ev := newsgraph.Evidence{
			ArticleXID: s.x.doc.Article.XID, Sentence: s.s.Text, Index: s.s.Index,
			Span: newsgraph.Span{Start: s.s.Start, End: s.s.End}, Cue: "role:" + r.head, Confidence: 0.85,
		}
		pe := s.args[person].ent
		if obj >= 0 && r.object == "party" && !lex.isParliament(s.x.ents[obj].Name) {
			// CDU-Politiker X, Abgeordneter der CHP X, sagte der SPD-Politiker
			// (linked to X by the resolver): a member, no office
			s.add("member_of", pe, obj, newsgraph.Attrs{}, "member:"+r.head, 0.8)
			continue
		}
		if obj >= 0 && coref {
			// dem Staatspräsidenten von Vietnam, linked by the resolver to
			// a president named elsewhere: the description says whose office
			// it is only if it agrees with an office the person was named in
			if known, ok := s.x.officeOf[pe]; !ok || known != obj {
				continue
			}
		}
		if obj >= 0 {
			if s.x.ents[obj].Type == newsgraph.State {
				if _, ok := s.x.officeOf[pe]; !ok {
					s.x.officeOf[pe] = obj
				}
			}
			s.add("holds_office", pe, obj, newsgraph.Attrs{Role: name, Former: former}, ev.Cue, 0.85)
			continue
		}
		if !r.implicit || r.bare && !statePrefix(pre) || r.object == "party" {
			continue
		}
		if s.unknownNation(t) {
			continue // der palästinensische Präsident: a state the article does not name
		}
		local := s.ownState(person)
		if local < 0 {
			// Machthaber X im benachbarten Syrien: the state the ruler is in
			local = s.placedIn(person)
		}
		if local < 0 && !s.isSubjectOf(person) && s.meetingClause(person) {
			// X traf in Jordanien König Y: the host reigns where they met
			local = s.sceneState(person)
		}
		if local < 0 {
			// Russland werde …, sagte (der Sprecher von) Präsident X: the
			// state a reported clause is about is the speaker's
			local = s.reportedState(person)
		}
		rebuts := -1
		if local < 0 && s.x.lastTarget >= 0 && s.isSubjectOf(person) && s.rebuttal(s.clauseOf[s.args[person].t0]) {
			rebuts = s.x.lastTarget
		}
		s.x.pending = append(s.x.pending, pendingRole{rebuts: rebuts, domestic: r.domestic, about: s.statesSpokenOf(person), person: pe, role: name, former: former,
			sentence: s.idx, local: local, prev: s.x.lastSubjState, prevHolder: s.x.lastSubjPerson, ev: ev,
			federal:   strings.HasPrefix(pre, "bundes") || strings.HasPrefix(r.head, "bundes") || lex.federalRole[r.head] || s.partyBracket(person),
			elsewhere: s.placedIn(person) >= 0 || s.otherStateScene(person), coref: coref})
	}
}

// rolePerson finds the person a role noun at token t describes.
func (s *sent) rolePerson(t, cov int) (int, bool) {
	if cov >= 0 && s.args[cov].typ == newsgraph.Person {
		return cov, s.args[cov].coref
	}
	// Role Name
	if a := s.argAt(t + 1); a >= 0 {
		if s.args[a].typ == newsgraph.Person {
			return a, false
		}
	}
	// Role des X Name: der Vizechef der Präsidialverwaltung Andej Taranow
	for n := t + 1; n < len(s.w) && n <= t+4; n++ {
		if a := s.argAt(n); a >= 0 {
			g := &s.args[a]
			if (g.gen && !g.pregen || g.cases == cGen) && isActor(g.typ) {
				if p := s.argAt(g.t1); p >= 0 && s.args[p].typ == newsgraph.Person {
					return p, false
				}
			}
			break
		}
		if w := &s.w[n]; w.upper || w.kind != text.Word || lex.dets[w.low] == 0 && !adjLike(w) {
			break
		}
	}
	// Name, Role … / Name, derzeitiger Vorsitzender …
	j := t - 1
	for ; j >= 0 && (adjLike(&s.w[j]) || lex.former[s.w[j].low] || lex.dets[s.w[j].low] != 0 && !s.w[j].upper); j-- {
	}
	if j > 0 && s.w[j].text == "," {
		for k := range s.args {
			if !s.args[k].virtual && s.args[k].t1 == j && s.args[k].typ == newsgraph.Person {
				return k, false
			}
		}
		// wird von X geleitet, einem Berater von Y: the apposition after a
		// clause-final participle belongs to the von-phrase before it
		if v := j - 1; v > 0 && s.isVerb(v) && !s.isFinite(v) {
			for k := range s.args {
				if a := &s.args[k]; !a.virtual && a.t1 == v && a.typ == newsgraph.Person && a.prep == "von" {
					return k, false
				}
			}
		}
	}
	// der Role des X, Name
	for n := t + 1; n < len(s.w) && n <= t+8; n++ {
		w := &s.w[n]
		if w.text == "," {
			for m := n + 1; m < len(s.w) && m <= n+5; m++ {
				if a := s.argAt(m); a >= 0 {
					if s.args[a].typ == newsgraph.Person {
						return a, false
					}
					if !s.args[a].pregen {
						break
					}
					m = s.args[a].t1 - 1
					continue
				}
				mw := &s.w[m]
				if mw.kind == text.Punct || !(mw.upper && s.isRoleTok(m) || adjLike(mw) || lex.former[mw.low]) {
					break
				}
			}
			break
		}
		if w.kind == text.Punct && !isQuote(w.text) && w.text != "(" && w.text != ")" {
			break
		}
		if s.isFinite(n) {
			break
		}
	}
	return -1, false
}

func (s *sent) formerBefore(t int) bool {
	for j := t - 1; j >= 0 && j >= t-4; j-- {
		l := s.w[j].low
		if lex.former[l] {
			return true
		}
		if !adjLike(&s.w[j]) && lex.dets[l] == 0 {
			return false
		}
	}
	return false
}

// roleObject finds whom a role is held for, or -1.
func (s *sent) roleObject(t int, r role, pre string) int {
	ok := func(e int) bool {
		if e < 0 {
			return false
		}
		switch s.x.ents[e].Type {
		case newsgraph.State:
			return r.object != "org" && r.object != "party" || strings.Contains(r.head, "sprecher")
		case newsgraph.Organization:
			return r.object != "state"
		}
		return false
	}
	// a mention inside the compound (US-Außenminister, KNB-Chef)
	for k := range s.args {
		a := &s.args[k]
		if !a.virtual && a.partial && a.t0 <= t && t < a.t1 && ok(a.ent) {
			return a.ent
		}
	}
	if pre != "" {
		p := strings.TrimSuffix(pre, "-")
		if e, found := s.x.form(p); found && ok(e) {
			return e
		}
		if name, found := lex.demonyms[p]; found {
			// Kremlchef, Kreml-Sprecher: the seat of power names the state
			if e, f2 := s.x.form(strings.ToLower(name)); f2 && (ok(e) || s.x.ents[e].Type == newsgraph.State) {
				return e
			}
		}
		if len(p) >= 4 && !lex.genericPrefix[p] {
			for i := range s.x.ents {
				n := strings.ToLower(s.x.ents[i].Name)
				if strings.HasSuffix(n, p) && ok(i) {
					return i
				}
			}
		}
	}
	// Russlands Präsident, der kasachische Präsident
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		if e := s.demonymEntity(j); e >= 0 && ok(e) {
			return e
		}
		if a := s.argCovering(j); a >= 0 {
			if s.args[a].pregen && ok(s.args[a].ent) {
				return s.args[a].ent
			}
			break
		}
		if !adjLike(&s.w[j]) {
			break
		}
	}
	// Sekretär des Sicherheitsrates, Vorsitzende der OVKS, Experte beim Center
	for j := t + 1; j < len(s.w) && j <= t+5; j++ {
		w := &s.w[j]
		if w.kind == text.Punct && !isQuote(w.text) {
			break
		}
		a := s.argCovering(j)
		if a < 0 {
			if s.isFinite(j) {
				break
			}
			continue
		}
		arg := &s.args[a]
		if (arg.gen || arg.cases == cGen || arg.prep == "bei" || arg.prep == "von") && ok(arg.ent) {
			return arg.ent
		}
		if (arg.gen || arg.cases == cGen || arg.prep == "von") && arg.typ == newsgraph.Person && (strings.Contains(r.head, "sprecher") || strings.HasPrefix(r.head, "berater")) {
			// der Sprecher von Präsident X: the spokesman of X's office
			if st, known := s.x.officeOf[arg.ent]; known {
				return st
			}
			return arg.ent
		}
		if arg.partial && ok(arg.ent) && j > t+1 {
			return arg.ent
		}
		if (arg.prep == "in" || arg.prep == "im") && arg.typ == newsgraph.State && r.implicit && (r.object == "state" || r.bare) && !arg.virtual {
			// der Machthaber in Minsk, der Herrscher im Kreml: the seat of
			// power (resolved to its state) right after the role names it;
			// only for offices held at home (der Botschafter in Moskau
			// serves another state)
			return arg.ent
		}
		break
	}
	return -1
}

// roleName is the role as written, without the state prefix, in its
// base form (Präsidenten → Präsident), with "stellvertretender" kept.
func (s *sent) roleName(t int, r role, pre string) string {
	w := s.w[t].text
	if i := strings.LastIndexByte(w, '-'); i >= 0 && i+1 < len(w) {
		w = w[i+1:]
	}
	low := strings.ToLower(w)
	for _, inf := range roleInflections[1:5] { // keep feminine -in
		if b, ok := strings.CutSuffix(low, inf); ok {
			if _, _, known := matchRole(b); known && strings.HasSuffix(b, r.head) {
				w = w[:len(b)]
				break
			}
		}
	}
	if pre != "" && !strings.HasSuffix(pre, "-") && !strings.HasPrefix(low, pre) {
		w = upperFirst(w)
	}
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		l := s.w[j].low
		if lex.deputy[l] {
			return strings.TrimRight(l, "enr") + "er " + w
		}
		if !adjLike(&s.w[j]) {
			break
		}
	}
	return w
}

func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// localState is a state named in the sentence that could be the one a
// person serves: a state adjective or a State mention that is not a
// destination (nach/in X).
func (s *sent) localState(person int) int {
	best, bestDist := -1, 1<<30
	pt := s.args[person].t0
	ci := s.clauseOf[pt]
	if ci < 0 {
		return -1
	}
	var toks []int
	for cj, c := range s.clauses {
		// the person's clause and the clauses coordinated with it (X setzt
		// … an und schließt die österreichischen Botschaften)
		if cj == ci || c.prevMain == ci && c.kind == clMain && len(s.subject(cj)) > 0 && s.subject(cj)[0] == person {
			toks = append(toks, c.toks...)
		}
	}
	for _, j := range toks {
		e := s.demonymEntity(j)
		if e < 0 {
			continue
		}
		if s.w[j].upper && s.argCovering(j) < 0 && j+1 < len(s.w) && s.w[j+1].upper && !s.isRoleTok(j+1) {
			continue // im Kiewer Vorort: a city adjective places a thing, not the person
		}
		if a := s.argCovering(j); a >= 0 && (s.args[a].prep != "" || s.args[a].gen && !s.args[a].pregen) {
			continue // nach Kasachstan, zu Moskau: a destination or partner, not the person's state
		}
		if a := s.argCovering(j); a >= 0 && !s.args[a].mod && !s.args[a].partial {
			// Außenminister X warf Russland vor: a state after the verb of
			// which the person is the subject is an object, not the person's
			if c := s.clauses[ci]; c.kind == clMain && c.finite >= 0 && pt < c.finite && s.args[a].t0 > c.finite && s.args[person].prep == "" && s.args[person].cases&cNom != 0 {
				continue
			}
		}
		if s.otherHoldersState(j, person) {
			continue // Israels Ministerpräsident X und der … Präsident Y: X's state, not Y's
		}
		d := j - pt
		if d < 0 {
			d = -d
		}
		if d < bestDist {
			best, bestDist = e, d
		}
	}
	return best
}

// unknownNation reports whether the role noun at t is qualified by a
// nationality adjective that maps to no state of the article: the office
// then belongs to that unnamed state, not to another one of the sentence or
// the article.
func (s *sent) unknownNation(t int) bool {
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		w := &s.w[j]
		if w.kind != text.Word || w.upper || s.argCovering(j) >= 0 {
			return false
		}
		if !adjLike(w) {
			return false
		}
		stem := w.low
		for _, end := range []string{"en", "em", "er", "es", "e"} {
			if st, ok := strings.CutSuffix(stem, end); ok {
				stem = st
				break
			}
		}
		if lex.notNation[stem] || s.demonymEntity(j) >= 0 {
			continue
		}
		for _, suf := range lex.nationSuffix {
			if strings.HasSuffix(stem, suf) {
				return true
			}
		}
	}
	return false
}

// ownState is the state a role holder comes from: aus X right after the
// name (Juntachef X aus Myanmar), else a state of the sentence.
func (s *sent) ownState(person int) int {
	if st := s.stateAfter(person, "aus"); st >= 0 {
		return st
	}
	return s.localState(person)
}

// placedIn returns the State entity named by "in" right after the person
// (X im benachbarten Syrien, X in Vietnam), or -1.
func (s *sent) placedIn(person int) int {
	return s.stateAfter(person, "in", "im")
}

// stateAfter returns the State entity named by one of the prepositions
// right after the person (X aus Myanmar, X im benachbarten Syrien), or -1.
func (s *sent) stateAfter(person int, preps ...string) int {
	a := &s.args[person]
	for j := a.t1; j < len(s.w) && j <= a.t1+4; j++ {
		w := &s.w[j]
		if k := s.argAt(j); k >= 0 {
			if j > a.t1 && contains2(preps, s.args[k].prep) && s.args[k].typ == newsgraph.State {
				return s.args[k].ent
			}
			return -1
		}
		if j == a.t1 && !contains2(preps, w.low) {
			return -1
		}
		if j > a.t1 && !adjLike(w) && lex.dets[w.low] == 0 {
			return -1
		}
	}
	return -1
}

// otherStateScene reports whether the person's clause happens in a state
// other than the article's main one (Kerry traf in Jordanien König X):
// then an office without a named state is not the main state's.
func (s *sent) otherStateScene(person int) bool {
	ci := s.clauseOf[s.args[person].t0]
	if ci < 0 {
		return false
	}
	for _, k := range s.argsIn(ci) {
		a := &s.args[k]
		if a.prep == "in" && a.typ == newsgraph.State && a.ent != s.x.topic && !a.virtual {
			return true
		}
		if a.prep == "in" && a.typ == newsgraph.Place && !a.virtual {
			// Präsident X erklärte in Moskau: a capital of another state
			if st, ok := lex.demonyms[strings.ToLower(s.x.ents[a.ent].Name)+"er"]; ok {
				if e, found := s.x.form(strings.ToLower(st)); !found || e != s.x.topic {
					return true
				}
			}
		}
	}
	return false
}

// otherHoldersState reports whether the state word at j qualifies the role
// noun of a person other than person (Israels Ministerpräsident X, der
// kasachische Präsident X).
func (s *sent) otherHoldersState(j, person int) bool {
	k := j + 1
	if a := s.argCovering(j); a >= 0 && s.args[a].partial {
		k = j // US-Präsident: the state is part of the role word
	}
	for k > j && k < len(s.w) && k <= j+3 && adjLike(&s.w[k]) {
		k++
	}
	if k >= len(s.w) || !s.w[k].upper || s.w[k].kind != text.Word {
		return false
	}
	if !s.isRoleTok(k) {
		return false
	}
	holder, _ := s.rolePerson(k, s.argCovering(k))
	return holder >= 0 && s.args[holder].ent != s.args[person].ent
}

// resolvePendingRoles gives implicit offices their state: the one the same
// person holds explicitly elsewhere in the article, else a state named in
// the sentence, else the article's main state.
func (x *docExtractor) resolvePendingRoles() {
	var guesses []officeGuess
	for _, p := range x.pending {
		st, conf, how := -1, 0.0, ""
		if e, ok := x.officeOf[p.person]; ok {
			st, conf, how = e, 0.75, "/same-person"
		} else if p.local >= 0 {
			st, conf, how = p.local, 0.6, "/sentence-state"
		} else if p.rebuts >= 0 {
			st, conf, how = p.rebuts, 0.55, "/rebuttal"
		} else if p.federal {
			// Bundeskanzler: the federal state the article names, if one
			if st = x.federalState(); st < 0 {
				continue
			}
			conf, how = 0.6, "/federal-state"
		} else if p.elsewhere || p.coref {
			continue
		} else if dom := x.dominantState(); p.domestic {
			// Juntachef X: the junta of the state the article is about
			if dom < 0 {
				continue
			}
			st, conf, how = dom, 0.6, "/article-state"
		} else if p.prev >= 0 && dom < 0 {
			// two states in conflict: only elimination decides
			if st = x.otherSide(p); st < 0 {
				continue
			}
			conf, how = 0.55, "/other-side"
		} else if p.prev >= 0 {
			// the previous sentence's subject is only a guess: a state
			// acting against the article's state there (Russische Truppen
			// rücken vor. Präsident X …) is as often the adversary of the
			// person named next
			if p.prev != dom && dom >= 0 && x.adversary(p.prev, dom) {
				// the article's state is the one acted against; a role
				// holder named right after its adversary answers for it
				// (Polen warf Belarus vor … Machthaber X sprach von …)
				st, conf, how = dom, 0.55, "/article-state"
				if contains(p.about, dom) {
					// Russland kritisierte die Ukraine. Die Ukraine werde
					// aufgeben, sagte Präsident X: X talks about the state
					// acted against, as its adversary may
					continue
				}
			} else {
				st, conf, how = p.prev, 0.55, "/previous-subject"
			}
		} else if e, ok := x.officeOf[p.prevHolder]; ok && p.prevHolder >= 0 && p.prevHolder != p.person {
			st, conf, how = e, 0.5, "/previous-holder"
		} else if dom >= 0 {
			st, conf, how = dom, 0.6, "/article-state"
		} else if e := x.otherSide(p); e >= 0 {
			st, conf, how = e, 0.55, "/other-side"
		}
		if st < 0 || st == p.person {
			continue
		}
		if how != "/same-person" && (x.actsAgainst(p.person, st) || x.actsAgainst(st, p.person)) {
			continue // Präsident X befahl den Angriff auf Y: X is no office holder of Y
		}
		if dom := x.dominantState(); how == "/previous-holder" && (dom < 0 || st != dom && x.adversary(st, dom)) && !x.cabinetOf(p, st) {
			// an article about two states in conflict (or the holder's state
			// acting against the article's): der russische Außenminister X …
			// Präsident Y: Y is as likely the other side's;
			// only a minister named after a head of state is taken to be in
			// that head's government
			continue
		}
		guesses = append(guesses, officeGuess{p: p, st: st, conf: conf, how: how})
	}
	// one state per person: guesses that disagree (Staatspräsident X named
	// with Kroatien in one sentence and with Mazedonien in another) are
	// none of them evidence
	guessed := map[int]int{}
	for _, g := range guesses {
		if g.how == "/same-person" {
			continue
		}
		if st, ok := guessed[g.p.person]; ok && st != g.st {
			guessed[g.p.person] = -1
		} else if !ok {
			guessed[g.p.person] = g.st
		}
	}
	for _, g := range guesses {
		if g.how != "/same-person" && guessed[g.p.person] < 0 {
			continue
		}
		key := "holds_office\x00" + x.ents[g.p.person].Key + "\x00" + x.ents[g.st].Key
		if _, dup := x.seen[key]; dup {
			continue
		}
		ev := g.p.ev
		ev.Cue += g.how
		ev.Confidence = g.conf
		x.seen[key] = len(x.out)
		x.out = append(x.out, newsgraph.Relation{
			Type: "holds_office", Subject: x.ents[g.p.person].Key, Object: x.ents[g.st].Key,
			Attrs: newsgraph.Attrs{Role: g.p.role, Former: g.p.former}, Evidence: ev,
		})
	}
}

// officeGuess is the state chosen for a pending role and how.
type officeGuess struct {
	p    pendingRole
	st   int
	conf float64
	how  string
}

// describedPerson handles a role without a name (der frühere KNB-Chef):
// when the article has already named exactly one holder of that office,
// the description stands for that person and becomes an argument.
func (s *sent) describedPerson(t int, r role, pre string) {
	if cov := s.argCovering(t); cov >= 0 && !s.args[cov].partial {
		return
	}
	if r.object == "party" {
		// sagte der SPD-Politiker: agency style names a person, then calls
		// them by party and trade; the person is the one named last
		d, l := "", s.w[t].low
		if t > 0 {
			d = s.w[t-1].low
		}
		// one person only: der SPD-Politiker, die SPD-Politikerin (not die
		// HDP-Abgeordneten, der Abgeordneten)
		if d == "der" && !strings.HasSuffix(l, "n") && !strings.HasSuffix(l, "in") || d == "die" && strings.HasSuffix(l, "in") {
			if obj := s.roleObject(t, r, pre); obj >= 0 && !lex.isParliament(s.x.ents[obj].Name) {
				if p := s.lastPersonBefore(s.w[t].start); p >= 0 {
					s.add("member_of", p, obj, newsgraph.Attrs{}, "member:"+r.head+"/described", 0.6)
				}
			}
		}
		return
	}
	obj := s.roleObject(t, r, pre)
	if obj < 0 {
		return
	}
	ok := s.x.ents[obj].Key
	holder := ""
	for _, rel := range s.x.out {
		if rel.Type != "holds_office" || rel.Object != ok {
			continue
		}
		if holder != "" && holder != rel.Subject {
			return // two holders: ambiguous
		}
		holder = rel.Subject
	}
	if holder == "" {
		return
	}
	for i := range s.x.ents {
		if s.x.ents[i].Key != holder {
			continue
		}
		a := arg{ent: i, key: holder, typ: s.x.ents[i].Type, t0: t, t1: t + 1, coref: true, cueTok: -1}
		s.caseCue(&a)
		a.gen, a.pregen = false, false
		a.group = -1000 - len(s.args)
		s.args = append(s.args, a)
		s.addIndex(len(s.args) - 1)
		return
	}
}

// actsAgainst reports whether the article has person act against state st
// (sends troops there, warns, accuses or criticises it).
func (x *docExtractor) actsAgainst(person, st int) bool {
	pk, sk := x.ents[person].Key, x.ents[st].Key
	for _, r := range x.out {
		if r.Subject == pk && r.Object == sk && lex.hostile[r.Type] {
			return true
		}
	}
	return false
}

// roleHead is the office noun a role as written ends in (Präsidentin →
// präsident), "" when none.
func roleHead(name string) string {
	name = strings.ToLower(name)
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		name = name[i+1:] // stellvertretender Minister
	}
	r, _, ok := matchRole(name)
	if !ok {
		return ""
	}
	return strings.TrimSuffix(r.head, "in")
}

// cabinetOf reports whether the pending role is a minister's and the
// previous sentence's person holds a head office (not a minister's) of st
// explicitly: Präsident X … Außenminister Y is one government.
func (x *docExtractor) cabinetOf(p pendingRole, st int) bool {
	if p.prevHolder < 0 || roleHead(p.role) != "minister" {
		return false
	}
	hk, sk := x.ents[p.prevHolder].Key, x.ents[st].Key
	for _, r := range x.out {
		if r.Type == "holds_office" && r.Subject == hk && r.Object == sk && !strings.Contains(r.Evidence.Cue, "/") {
			if h := roleHead(r.Attrs.Role); h != "" && h != "minister" {
				return true
			}
		}
	}
	return false
}

// officeTaken reports whether a person other than person holds the office
// named role of state st explicitly (from the text, not by a guess) and
// currently: a state has one president, so a second bare Präsident is
// another state's.
func (x *docExtractor) officeTaken(st int, role string, person int) bool {
	h := roleHead(role)
	if h == "" || h == "minister" {
		return false // many ministers serve one state
	}
	sk, pk := x.ents[st].Key, x.ents[person].Key
	for _, r := range x.out {
		if r.Type == "holds_office" && r.Object == sk && r.Subject != pk && !r.Attrs.Former &&
			!strings.Contains(r.Evidence.Cue, "/") && roleHead(r.Attrs.Role) == h {
			return true
		}
	}
	return false
}

// otherSide resolves an office without a state in an article about two
// states in conflict (the topic acting against exactly one other state) by
// elimination: when the office is explicitly held by someone else for one
// side and by nobody for the other, the person holds it for the other side.
func (x *docExtractor) otherSide(p pendingRole) int {
	if x.topic < 0 {
		return -1
	}
	tk := x.ents[x.topic].Key
	other := ""
	for _, r := range x.out {
		if r.Subject == tk && r.Object != tk && lex.hostile[r.Type] && x.entType(r.Object) == newsgraph.State {
			if other != "" && other != r.Object {
				return -1 // more than two sides
			}
			other = r.Object
		}
	}
	if other == "" {
		return -1
	}
	o := x.entIndex(other)
	if o < 0 {
		return -1
	}
	a, b := x.officeTaken(x.topic, p.role, p.person), x.officeTaken(o, p.role, p.person)
	switch {
	case a && !b:
		return o
	case b && !a:
		return x.topic
	}
	return -1
}

// dominantState is the article's main state when an office without a named
// state can safely be taken to be its: the topic, unless it acts against
// another state of the article (sends troops, or warns, accuses, criticises
// a state named at least half as often):
// an invasion or a quarrel makes the article one about both sides, and a
// role holder named without a state may serve either. -1 otherwise.
func (x *docExtractor) dominantState() int {
	if x.topic < 0 {
		return -1
	}
	tk := x.ents[x.topic].Key
	n := x.stateCount[x.topic]
	for _, r := range x.out {
		if r.Subject != tk || r.Object == tk || !lex.hostile[r.Type] {
			continue
		}
		o := x.entIndex(r.Object)
		if o < 0 || x.ents[o].Type != newsgraph.State {
			continue
		}
		// troops sent, or words against a state the article names about as
		// often (not a side remark: Ägypten verdächtigt Iran)
		if r.Type == "sent_troops" || 2*x.stateCount[o] >= n {
			return -1
		}
	}
	return x.topic
}

// adversary reports whether state a acts against state b in the article
// (sends troops, warns, accuses, criticises) without b having asked a for
// help (troops sent on request are an ally's).
func (x *docExtractor) adversary(a, b int) bool {
	ak, bk := x.ents[a].Key, x.ents[b].Key
	hostile := false
	for _, r := range x.out {
		if r.Subject == bk && r.Object == ak && r.Type == "requested_help" {
			return false
		}
		if r.Subject == ak && r.Object == bk && lex.hostile[r.Type] {
			hostile = true
		}
	}
	return hostile
}

// entIndex is the index of the entity with key k, -1.
func (x *docExtractor) entIndex(k string) int {
	for i := range x.ents {
		if x.ents[i].Key == k {
			return i
		}
	}
	return -1
}

// statePrefix reports whether a role's compound prefix still makes it a
// state office (Bundespräsident, Staatspräsident, Vizepräsident).
func statePrefix(pre string) bool {
	switch strings.TrimSuffix(pre, "-") {
	case "", "bundes", "staats", "vize", "alt", "ex", "ex-bundes", "übergangs":
		return true
	}
	return false
}

// appointed finds the person of "X zum Präsidenten ernennen", "X wurde zur
// Ministerin gewählt": with an
// appointing verb and two persons the second (the appointee), else the only
// person of the clause.
func (s *sent) appointed(t int) int {
	if t == 0 {
		return -1
	}
	switch s.w[t-1].low {
	case "zum", "zur":
	default:
		return -1 // "als Minister" is as often a wish or a comparison
	}
	ci := s.clauseOf[t]
	if ci < 0 {
		return -1
	}
	var persons []int
	for _, k := range s.argsIn(ci) {
		a := &s.args[k]
		if a.typ == newsgraph.Person && !a.mod && !a.partial && a.prep == "" && !a.gen {
			persons = append(persons, a.ent)
			persons[len(persons)-1] = k
		}
	}
	appoint := s.hasWord(ci, func(l string) bool {
		for _, h := range lex.forms[l] {
			if lex.frames[h.frame].rel == "appoint" {
				return true
			}
		}
		return false
	})
	switch {
	case len(persons) == 1:
		return persons[0]
	case len(persons) == 2 && appoint:
		return persons[1]
	}
	return -1
}

// bracketParties reads "Olaf Scholz (SPD)": an organisation in brackets
// right after a person's name is the party the person belongs to.
func (s *sent) bracketParties() {
	for k := range s.args {
		a := &s.args[k]
		if a.typ != newsgraph.Organization || a.virtual || a.partial || a.t0 < 2 || a.t1 >= len(s.w) {
			continue
		}
		if s.w[a.t0-1].text != "(" || s.w[a.t1].text != ")" || lex.notParty[strings.ToLower(s.x.ents[a.ent].Name)] {
			continue
		}
		p := s.argCovering(a.t0 - 2)
		if p < 0 || s.args[p].typ != newsgraph.Person || s.args[p].t1 != a.t0-1 || s.args[p].partial {
			continue
		}
		s.add("member_of", s.args[p].ent, a.ent, newsgraph.Attrs{}, "member:bracket", 0.8)
	}
	s.underLeaders()
	s.possessiveParties()
}

// underLeaders reads "das Verteidigungsministerium unter Sergej Schoigu",
// "die Regierung unter Präsident X": the person leads the organisation.
// possessiveParties reads "seiner/ihrer (Nationalen) Liga …" with the
// possessive linked to a person as that person's membership of a party
// whose name says it is one (data/function.txt [party_name]).
func (s *sent) possessiveParties() {
	for k := range s.args {
		a := &s.args[k]
		if a.typ != newsgraph.Organization || a.virtual || a.partial || a.t0 < 1 {
			continue
		}
		p := s.argCovering(a.t0 - 1)
		if p >= 0 && s.args[p].typ == newsgraph.Person && s.args[p].coref && lex.possessive[s.w[a.t0-1].low] {
			if s.partyNamed(k) {
				s.add("member_of", s.args[p].ent, a.ent, newsgraph.Attrs{}, "member:possessive", 0.7)
			}
			continue
		}
		// Erdoğans konservative AKP: a person's s-genitive before a party,
		// across adjectives; a political leaning among them marks a party
		// (data/function.txt [party_adjective])
		j, leaning := a.t0-1, false
		for j >= 0 && j > a.t0-4 && s.w[j].kind == text.Word && !s.w[j].upper && adjLike(&s.w[j]) && s.argCovering(j) < 0 {
			for _, w := range lex.partyAdjective {
				if strings.Contains(s.w[j].low, w) {
					leaning = true
				}
			}
			j--
		}
		p = s.argCovering(j)
		if j < 0 || p < 0 || s.args[p].typ != newsgraph.Person || s.args[p].partial || s.args[p].t1 != j+1 || !s.sGenitive(p) {
			continue
		}
		if leaning || s.partyNamed(k) {
			s.add("member_of", s.args[p].ent, a.ent, newsgraph.Attrs{}, "member:genitive", 0.7)
		}
	}
}

// sGenitive reports whether the person argument p is an s-genitive
// (Erdoğans): its last word ends in s where the entity's name does not.
func (s *sent) sGenitive(p int) bool {
	a := &s.args[p]
	last := s.w[a.t1-1].low
	return a.gen || strings.HasSuffix(last, "s") && !strings.HasSuffix(strings.ToLower(s.x.ents[a.ent].Name), "s")
}

// partyNamed reports whether the organisation argument k says it is a party
// by its words (data/function.txt [party_name]): the words of the mention
// (the entity may be named by its acronym) or of the entity's name.
func (s *sent) partyNamed(k int) bool {
	a := &s.args[k]
	name := strings.ToLower(s.x.doc.Article.Text[s.w[a.t0].start:s.w[a.t1-1].end] + " " + s.x.ents[a.ent].Name)
	for _, w := range lex.partyName {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

func (s *sent) underLeaders() {
	for k := range s.args {
		a := &s.args[k]
		if a.typ != newsgraph.Organization || a.virtual || a.partial || a.mod || a.t1+1 >= len(s.w) || s.w[a.t1].low != "unter" {
			continue
		}
		j := a.t1 + 1
		if j+1 < len(s.w) && lex.leadNoun[s.w[j].low] && s.w[j+1].low == "von" {
			j += 2 // unter Vorsitz von X, unter Führung von X
		} else if j+2 < len(s.w) && (s.w[j].low == "dem" || s.w[j].low == "der") && lex.leadNoun[s.w[j+1].low] && s.w[j+2].low == "von" {
			j += 3 // unter dem Vorsitz von X
		}
		if j < len(s.w) && s.w[j].upper && s.isRoleTok(j) && s.argCovering(j) < 0 {
			j++ // unter Präsident X
		}
		if p := s.argAt(j); p >= 0 && s.args[p].typ == newsgraph.Person && !s.args[p].partial {
			s.add("leads", s.args[p].ent, a.ent, newsgraph.Attrs{}, "prep:unter", 0.75)
		}
	}
}

// predicative finds the person of "X ist (seit 2019) der Vorsitzende des
// Rates", "X war Präsident von Y": a role noun after a copula whose
// subject is a person, or -1.
func (s *sent) predicative(t int) int {
	ci := s.clauseOf[t]
	if ci < 0 {
		return -1
	}
	c := s.clauses[ci]
	if c.finite < 0 || c.finite > t || !lex.copula[s.w[c.finite].low] {
		return -1
	}
	// only articles and adjectives before the role noun, no preposition
	j := t - 1
	for j > c.finite && (adjLike(&s.w[j]) || lex.former[s.w[j].low] || lex.dets[s.w[j].low] != 0 && !s.w[j].upper || s.w[j].low == "seit") {
		j--
	}
	if j > c.finite && (lex.preps[s.w[j].low] || fusedPrep[s.w[j].low] != "") {
		return -1
	}
	for k := j; k > c.finite; k-- {
		if lex.preps[s.w[k].low] || fusedPrep[s.w[k].low] != "" || s.w[k].low == "als" || s.w[k].low == "wie" {
			// seit 2019 is fine, mit dem, als, wie are not
			if s.w[k].low != "seit" && s.w[k].low != "bis" {
				return -1
			}
		}
	}
	sub := s.subject(ci)
	if len(sub) != 1 || s.args[sub[0]].typ != newsgraph.Person || s.args[sub[0]].t0 > t {
		return -1
	}
	return sub[0]
}

// asRole finds the person a role after "als" describes when the person
// stands right before it (X setzte ihn als Vorsitzenden des Rates ab, das
// Parlament bestätigte Y als Ministerpräsidenten).
func (s *sent) asRole(t int) int {
	j := t - 1
	for j > 0 && (adjLike(&s.w[j]) || lex.dets[s.w[j].low] != 0 && !s.w[j].upper) {
		j--
	}
	if j < 1 || s.w[j].low != "als" {
		return -1
	}
	if ci := s.clauseOf[t]; ci >= 0 {
		for _, u := range s.clauses[ci].toks {
			for _, p := range lex.labelVerb {
				if s.w[u].kind == text.Word && !s.w[u].upper && strings.HasPrefix(s.w[u].low, p) {
					return -1 // bezeichnete X als Diktator: a label, no office
				}
			}
		}
	}
	for k := range s.args {
		a := &s.args[k]
		if a.t1 == j && !a.virtual && !a.mod && !a.partial && a.typ == newsgraph.Person && a.prep == "" {
			return k
		}
	}
	return -1
}

// dismissalClause reports whether clause ci has a verb that dismisses
// someone (an office named with als is then a former one).
func (s *sent) dismissalClause(ci int) bool {
	if ci < 0 {
		return false
	}
	for _, t := range s.clauses[ci].toks {
		for _, h := range s.w[t].hits {
			fr := &lex.frames[h.frame]
			if fr.rel == "dismissed" && (fr.particle == "" || h.kind&fSepFinite == 0 || s.findParticle(ci, t, fr.particle) >= 0) {
				return true
			}
		}
	}
	return false
}

// federalState is the one federal state of [federal_state] the article
// names as a State entity (Deutschland or Österreich), or -1 when it names
// none or several.
func (x *docExtractor) federalState() int {
	found := -1
	for i := range x.ents {
		if x.ents[i].Type == newsgraph.State && lex.federal[strings.ToLower(x.ents[i].Name)] {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}

// designated reports whether the role noun at t is marked as not held yet:
// a designate word among the adjectives before it or "in spe" after it.
func (s *sent) designated(t int) bool {
	for j := t - 1; j >= 0 && j >= t-3; j-- {
		if lex.designate[s.w[j].low] {
			return true
		}
		if !adjLike(&s.w[j]) && lex.dets[s.w[j].low] == 0 {
			break
		}
	}
	return t+2 < len(s.w) && s.w[t+1].low == "in" && lex.designate[s.w[t+2].low]
}

// partyBracket reports whether an organisation in brackets follows the
// person (Außenminister X (ÖVP)): German-language news mark the party of
// their own country's politicians so, which makes an office without a
// named state one of the reader's federal state, not the article's topic.
func (s *sent) partyBracket(person int) bool {
	a := &s.args[person]
	if a.t1+2 >= len(s.w) || s.w[a.t1].text != "(" {
		return false
	}
	o := s.argCovering(a.t1 + 1)
	return o >= 0 && s.args[o].typ == newsgraph.Organization && s.args[o].t1 < len(s.w) && s.w[s.args[o].t1].text == ")"
}

// roleOf is matchRole for token t, computed once per token.
func (s *sent) roleOf(t int) (role, string, bool) {
	w := &s.w[t]
	if w.roleState == 0 {
		w.roleState = 2
		if r, pre, ok := matchRole(w.low); ok {
			w.roleState, w.role, w.rolePre = 1, r, pre
		}
	}
	return w.role, w.rolePre, w.roleState == 1
}

// isRoleTok reports whether token t is an office noun.
func (s *sent) isRoleTok(t int) bool {
	_, _, ok := s.roleOf(t)
	return ok
}

// isSubjectOf reports whether the person is (part of) the subject of its
// clause.
func (s *sent) isSubjectOf(person int) bool {
	ci := s.clauseOf[s.args[person].t0]
	if ci < 0 {
		return false
	}
	for _, k := range s.subject(ci) {
		if s.args[k].ent == s.args[person].ent {
			return true
		}
	}
	return false
}

// sceneState is the State an "in"-phrase of the person's clause names
// (X traf in Jordanien Y), or -1.
func (s *sent) sceneState(person int) int {
	ci := s.clauseOf[s.args[person].t0]
	if ci < 0 {
		return -1
	}
	for _, k := range s.argsIn(ci) {
		if a := &s.args[k]; a.prep == "in" && a.typ == newsgraph.State && !a.virtual && !a.mod {
			return a.ent
		}
	}
	return -1
}

// meetingClause reports whether the person's clause has a verb of meeting
// (treffen, empfangen, sprechen mit).
func (s *sent) meetingClause(person int) bool {
	ci := s.clauseOf[s.args[person].t0]
	if ci < 0 {
		return false
	}
	for _, o := range s.verbOccurrences(ci) {
		if lex.frames[o.frame].rel == "talked_with" {
			return true
		}
	}
	return false
}

// spokesmanBefore reports whether a spokesman's role noun stands right
// before the von-phrase starting at t (der Sprecher von Präsident X).
func (s *sent) spokesmanBefore(t int) bool {
	for j := t - 1; j >= 0 && j >= t-4; j-- {
		if s.w[j].low != "von" {
			continue
		}
		if j > 0 && s.w[j-1].upper {
			if r, _, ok := s.roleOf(j - 1); ok && strings.Contains(r.head, "sprecher") {
				return true
			}
		}
		return false
	}
	return false
}

// reportedState is the one State that is the subject of the clauses a
// speech clause reports, when the person's spokesman speaks in that clause
// (der Sprecher von Präsident X), or -1. A government's spokesman reports
// what their own state will do.
func (s *sent) reportedState(person int) int {
	a := &s.args[person]
	ci := s.clauseOf[a.t0]
	if ci < 0 || !s.clauses[ci].speech || a.prep != "von" || !s.spokesmanBefore(a.t0) {
		// Die Ukraine werde fallen, sagte Präsident X: a state the person
		// talks about is not theirs; their spokesman's words are
		return -1
	}
	found := -1
	for cj := range s.clauses {
		if cj == ci || s.clauses[cj].speech {
			continue
		}
		for _, k := range s.subject(cj) {
			g := &s.args[k]
			if g.typ != newsgraph.State || g.virtual {
				continue
			}
			if found >= 0 && found != g.ent {
				return -1
			}
			found = g.ent
		}
	}
	return found
}

// rebuttal reports whether clause ci rejects what was said ([rebuttal]:
// wies … zurück, bestritt).
func (s *sent) rebuttal(ci int) bool {
	if ci < 0 {
		return false
	}
	toks := s.clauses[ci].toks
	has := func(f string) bool {
		for _, t := range toks {
			if s.w[t].low == f {
				return true
			}
		}
		return false
	}
	for _, forms := range lex.rebuttal {
		all := true
		for _, f := range forms {
			if !has(f) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// hostileTarget is the one State that relations added from index n0 on
// accuse, warn or criticise (not troops sent: a rebuttal answers words),
// or -1.
func (x *docExtractor) hostileTarget(n0 int) int {
	found := ""
	for _, r := range x.out[n0:] {
		if r.Type == "sent_troops" || !lex.hostile[r.Type] || x.entType(r.Object) != newsgraph.State {
			continue
		}
		if found != "" && found != r.Object {
			return -1
		}
		found = r.Object
	}
	if found == "" {
		return -1
	}
	return x.entIndex(found)
}

// statesSpokenOf lists the States that are subjects of the clauses a
// speech clause reports when the person is its speaker (Die Ukraine werde
// …, sagte Präsident X), else nil.
func (s *sent) statesSpokenOf(person int) []int {
	a := &s.args[person]
	ci := s.clauseOf[a.t0]
	if ci < 0 || !s.clauses[ci].speech || !s.isSubjectOf(person) {
		return nil
	}
	var out []int
	for cj := range s.clauses {
		if cj == ci || s.clauses[cj].speech {
			continue
		}
		for _, k := range s.subject(cj) {
			if g := &s.args[k]; g.typ == newsgraph.State && !g.virtual && !contains(out, g.ent) {
				out = append(out, g.ent)
			}
		}
	}
	return out
}
