// Package resolve groups the mentions of one article into entities: one
// entity per real-world referent however it is spelled (Tokajew, Tojakow,
// Kassym-Schomart Tokajew), with descriptions and pronouns linked to their
// antecedents, and a log of every merge.
package resolve

import (
	_ "embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/extract/mentions"
	"github.com/newsgraph/newsgraph/extract/text"
	"github.com/newsgraph/newsgraph/names"
)

// Thresholds for merging two spellings of a name.
const (
	jwWithGiven = names.JWWithGiven // surnames of two full names with the same given names
	corefWindow = 3                 // sentences a pronoun may look back
	orgWindow   = 40                // sentences an organisation description may look back
)

// Memos of Fold and Skeleton: names repeat across articles, and the
// resolver compares each new name with every earlier one.
var foldMemo, skelMemo = stringMemo{f: Fold}, stringMemo{f: Skeleton}

// maxMemo bounds each memo.
const maxMemo = 50000

// stringMemo is a bounded, concurrency-safe memo of a string function: a
// plain map under a read-write lock (a sync.Map boxed every key into an
// interface, one allocation per look-up).
type stringMemo struct {
	f  func(string) string
	mu sync.RWMutex
	m  map[string]string
}

func (c *stringMemo) get(s string) string {
	c.mu.RLock()
	r, ok := c.m[s]
	c.mu.RUnlock()
	if ok {
		return r
	}
	r = c.f(s)
	c.mu.Lock()
	if c.m == nil {
		c.m = map[string]string{}
	}
	if len(c.m) < maxMemo {
		c.m[s] = r
	}
	c.mu.Unlock()
	return r
}

func fold(s string) string     { return foldMemo.get(s) }
func skeleton(s string) string { return skelMemo.get(s) }

// cluster is one entity under construction.
type cluster struct {
	typ      newsgraph.EntityType
	canon    string // lexicon canonical name, if any
	key      string
	names    map[string]int // surface forms (bases and texts) → count
	surnames map[string]int // persons: surname spellings → count
	givens   []string       // persons: given-name skeletons seen in full names
	isFemale bool           // persons: a full name with a woman's given name
	full     []string       // persons: full names seen
	acronym  string         // organisations: acronym, if any
	mentions []newsgraph.Mention
	named    int // mentions that are names (not descriptions)
	roles    map[string]bool
	last     int // index of the last mention (sentence), for recency
}

// Resolve groups the mentions found in doc into entities and returns them
// with the merge log. Entities come in order of first mention.
func Resolve(doc *text.Document, ms []mentions.Mention) ([]newsgraph.Entity, []newsgraph.Merge) {
	r := &resolver{byCanon: map[string]*cluster{}, byInitial: map[initialKey][]*cluster{}}
	if doc != nil {
		r.text = doc.Article.Text
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind == mentions.Description || m.Kind == mentions.Pronoun || m.Type == "" {
			continue // descriptions later; untyped names (currencies) are no entities
		}
		r.add(m)
	}
	// descriptions and pronouns, in text order, after the names are known
	sort.SliceStable(r.spanOf, func(i, j int) bool { return r.spanOf[i].start < r.spanOf[j].start })
	r.sorted = len(r.spanOf)
	for i := range ms {
		m := &ms[i]
		if m.Kind == mentions.Description || m.Kind == mentions.Pronoun {
			r.coref(m, ms[:i])
		}
	}
	ents := r.entities()
	merges := make([]newsgraph.Merge, 0, len(r.merges))
	for _, pm := range r.merges {
		if pm.c.key == "" {
			continue // the entity was dropped
		}
		merges = append(merges, newsgraph.Merge{Into: pm.c.key, Form: pm.form, Reason: pm.reason, Score: pm.score})
	}
	return ents, merges
}

type resolver struct {
	clusters []*cluster
	// clusters by type and first letter of a name's skeleton: fuzzy
	// matching only compares names that start alike
	byInitial map[initialKey][]*cluster
	sorted    int                 // spanOf[:sorted] is ordered by start
	byCanon   map[string]*cluster // type|canon → cluster
	merges    []pendingMerge
	// mention → cluster, by span start, for coreference lookups
	spanOf []spanCluster
	text   string // the article text, for clause cues around pronouns
}

type initialKey struct {
	typ newsgraph.EntityType
	r   rune
}

// index registers a name form of c for fuzzy look-ups.
func (r *resolver) index(c *cluster, form string) {
	k := initialKey{c.typ, firstRune(skeleton(form))}
	for _, x := range r.byInitial[k] {
		if x == c {
			return
		}
	}
	r.byInitial[k] = append(r.byInitial[k], c)
}

// pendingMerge is a merge whose entity key is known only at the end.
type pendingMerge struct {
	c      *cluster
	form   string
	reason string
	score  float64
}

type spanCluster struct {
	start, sentence int
	c               *cluster
	m               *mentions.Mention
}

func canonKey(t newsgraph.EntityType, s string) string { return string(t) + "|" + fold(s) }

func (r *resolver) add(m *mentions.Mention) {
	c := r.find(m)
	if c == nil {
		c = &cluster{typ: m.Type, canon: m.Canon, names: make(map[string]int, 2)}
		if m.Canon != "" && m.Type != newsgraph.Person {
			r.index(c, m.Canon)
		}
		if m.Type == newsgraph.Person {
			c.surnames = make(map[string]int, 2)
		}
		r.clusters = append(r.clusters, c)
		if m.Canon != "" {
			r.byCanon[canonKey(m.Type, m.Canon)] = c
		} else if m.Type != newsgraph.Person {
			r.byCanon[canonKey(m.Type, m.Base)] = c
		}
	}
	r.attach(c, m)
}

func (r *resolver) attach(c *cluster, m *mentions.Mention) {
	nm := m.Mention
	c.mentions = append(c.mentions, nm)
	c.last = m.Sentence
	if m.Role != "" {
		if c.roles == nil {
			c.roles = make(map[string]bool, 1)
		}
		c.roles[m.Role] = true
	}
	if m.Kind != mentions.Demonym {
		c.named++
		if m.Base != "" {
			if c.names[m.Base] == 0 && c.typ != newsgraph.Person {
				r.index(c, m.Base)
			}
			c.names[m.Base]++
		}
		if m.Text != m.Base && m.Kind != mentions.Part {
			c.names[m.Text] += 0 // known as an alias, not counted as a name
		}
	}
	if m.Kind == mentions.Acronym && c.acronym == "" {
		c.acronym = m.Base
	}
	if c.typ == newsgraph.Person {
		sur := surname(m.Base)
		if c.surnames[sur] == 0 {
			r.index(c, sur)
		}
		c.surnames[sur]++
		if !c.isFemale && m.Role != "" && r.feminineRoleBefore(m) {
			c.isFemale = true // die Regierungschefin X
		}
		if m.Full {
			if !c.isFemale && mentions.Default().IsFemaleName(m.Base) {
				c.isFemale = true
			}
			c.full = append(c.full, m.Base)
			if g := skeleton(given(m.Base)); !contains(c.givens, g) {
				c.givens = append(c.givens, g)
			}
		}
	}
	r.spanOf = append(r.spanOf, spanCluster{start: m.Span.Start, sentence: m.Sentence, c: c, m: m})
}

func surname(name string) string {
	return mentions.Surname(name)
}

func given(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[:i]
	}
	return ""
}

// find returns the cluster m belongs to, logging a merge when the match is
// not exact.
func (r *resolver) find(m *mentions.Mention) *cluster {
	if m.Canon != "" {
		if c, ok := r.byCanon[canonKey(m.Type, m.Canon)]; ok {
			if fold(m.Base) != fold(c.canon) && c.names[m.Base] == 0 {
				r.merges = append(r.merges, pendingMerge{c: c, form: m.Text, reason: "lexicon: " + m.Cue + " → " + m.Canon, score: 1})
			}
			return c
		}
		return nil
	}
	if m.Type != newsgraph.Person {
		if c, ok := r.byCanon[canonKey(m.Type, m.Base)]; ok {
			return c
		}
		// typos of an earlier name of the same type (Kasaschstan, Schangaösen/Schanaozen)
		if m.Type == newsgraph.Place || m.Type == newsgraph.State {
			return r.fuzzy(m)
		}
		return nil
	}
	return r.fuzzy(m)
}

// fuzzy finds a cluster of the same type whose name is a spelling variant
// of m's name.
func (r *resolver) fuzzy(m *mentions.Mention) *cluster {
	sur := surname(m.Base)
	sk := skeleton(sur)
	var giv string
	if m.Full {
		giv = skeleton(given(m.Base))
	}
	var best *cluster
	bestScore := 0.0
	bestWhy := ""
	for _, c := range r.byInitial[initialKey{m.Type, firstRune(sk)}] {
		var forms []string
		if c.typ == newsgraph.Person {
			for s := range c.surnames {
				forms = append(forms, s)
			}
		} else {
			for s := range c.names {
				forms = append(forms, s)
			}
			if c.canon != "" {
				forms = append(forms, c.canon)
			}
		}
		sort.Strings(forms)
		for _, f := range forms {
			score, why := nameMatch(sk, skeleton(f), sur, f)
			if score == 0 {
				continue
			}
			if c.typ == newsgraph.Person && giv != "" && len(c.givens) > 0 {
				agree := false
				for _, g := range c.givens {
					if g == giv || JaroWinkler(g, giv) >= 0.9 {
						agree = true
					}
				}
				if !agree {
					continue // different given names: different people
				}
				why += "+given-name"
			}
			if score > bestScore || score == bestScore && best != nil && c.last > best.last {
				best, bestScore, bestWhy = c, score, why
			}
		}
		// full names with the same given name tolerate a weaker surname match
		if c.typ == newsgraph.Person && giv != "" && best != c {
			for _, g := range c.givens {
				if g != giv {
					continue
				}
				for s := range c.surnames {
					if jw := JaroWinkler(sk, skeleton(s)); jw >= jwWithGiven && jw > bestScore && firstRune(sk) == firstRune(skeleton(s)) {
						best, bestScore, bestWhy = c, jw, fmt.Sprintf("same given name, surname Jaro-Winkler %.2f", jw)
					}
				}
			}
		}
	}
	if best != nil && bestScore < 1.01 {
		if bestScore < 1 || best.names[m.Base] == 0 {
			r.merges = append(r.merges, pendingMerge{c: best, form: m.Text, reason: bestWhy, score: round2(bestScore)})
		}
	}
	return best
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// coref links a description or pronoun to its antecedent and records it as
// a mention of that entity with a coref cue.
func (r *resolver) coref(m *mentions.Mention, before []mentions.Mention) {
	var c *cluster
	why := ""
	switch {
	case m.Kind == mentions.Pronoun && m.Head == "sie:sg":
		// "sie" with a singular verb: the last person, if a woman, in this
		// or the previous sentence
		c = r.recent(m, newsgraph.Person, 1, "")
		if c == nil || !c.female() {
			return
		}
		why = "coref:pronoun:sie"
	case m.Kind == mentions.Pronoun && strings.HasPrefix(m.Head, "ihr"):
		// ihre Partei: a woman's party, when a woman was named just before
		c = r.herOrganisation(m)
		if c == nil {
			return // plural or unclear: too ambiguous
		}
		why = "coref:pronoun:" + m.Head
	case m.Kind == mentions.Pronoun:
		if strings.HasPrefix(m.Head, "sie") {
			return // plural or unclear: too ambiguous
		}
		c = r.recentPronoun(m)
		if c != nil && c.female() {
			return // er, ihn, sein: not a woman
		}
		why = "coref:pronoun:" + m.Head
	case m.Type == newsgraph.Person:
		if r.apposedName(m) {
			return // dem Sprecher des Parlaments, dem Abgeordneten X: the role is X's
		}
		c = r.recentRole(m)
		why = "coref:role:" + m.Head
	case m.Type == newsgraph.Organization:
		if r.namedRightAfter(m) {
			return // die Hilfsorganisation Ärzte ohne Grenzen: the noun classifies the name after it
		}
		if pluralOf(m) {
			return // die Konfliktparteien: several groups, not the one named before
		}
		c = r.recentOrg(m)
		why = "coref:description:" + m.Head
		if c == nil && m.Base != "" && !genericInstitutions[m.Head] && (strings.HasPrefix(m.Cue, "compound-part") || !institutionHead(m.Head)) {
			// a body named only by its common noun inside a compound
			// (Geheimdienstchef): an entity of its own
			nm := *m
			nm.Kind = mentions.Name
			r.add(&nm)
			return
		}
	}
	if c == nil {
		return
	}
	nm := m.Mention
	nm.Type = c.typ
	nm.Cue = why
	c.mentions = append(c.mentions, nm)
}

// recent returns the person cluster mentioned last before m within window
// sentences; with a role, one that had that role is preferred.
func (r *resolver) recent(m *mentions.Mention, t newsgraph.EntityType, window int, role string) *cluster {
	// named mentions are sorted by start: scan back from m within the window
	i := sort.Search(r.sorted, func(i int) bool { return r.spanOf[i].start >= m.Span.Start })
	for i--; i >= 0; i-- {
		sc := r.spanOf[i]
		if m.Sentence-sc.sentence > window {
			break
		}
		if sc.c.typ != t || role != "" && !sc.c.hasRoleGroup(role) {
			continue
		}
		return sc.c
	}
	return nil
}

// recentOrg links "das Bündnis", "die Allianz", "der Geheimdienst" to the
// last named organisation (an acronym or a lexicon entry) before it.
func (r *resolver) recentOrg(m *mentions.Mention) *cluster {
	score := map[*cluster]int{}
	// salience within orgWindow sentences before m (and after it, for a
	// compound part such as Geheimdienstchef whose body is named later)
	lo := sort.Search(r.sorted, func(i int) bool { return r.spanOf[i].sentence >= m.Sentence-orgWindow })
	for _, sc := range r.spanOf[lo:r.sorted] {
		if sc.sentence > m.Sentence+orgWindow {
			break
		}
		if sc.c.typ != newsgraph.Organization || sc.start >= m.Span.Start && !strings.HasPrefix(m.Cue, "compound-part") {
			continue
		}
		if sc.c.acronym == "" && sc.c.canon == "" {
			continue
		}
		if !orgFits(m.Head, sc.c) {
			continue
		}
		// salience: every earlier mention counts, recent ones more
		score[sc.c]++
		if m.Sentence-sc.sentence <= 1 {
			score[sc.c] += 2
		}
	}
	var best *cluster
	for _, c := range r.clusters {
		if s, ok := score[c]; ok && (best == nil || s > score[best]) {
			best = c
		}
	}
	return best
}

// orgFits checks that a description's head suits an organisation: a
// secret service description needs a security body, an alliance one an
// alliance or international organisation.
func orgFits(head string, c *cluster) bool {
	all := strings.ToLower(c.canon + " " + c.acronym)
	for n := range c.names {
		all += " " + strings.ToLower(n)
	}
	if institutionHead(head) {
		// a particular body: only an organisation of the same kind
		for n := range c.names {
			if strings.Contains(strings.ToLower(n), head) {
				return true
			}
		}
		return strings.Contains(strings.ToLower(c.canon), head)
	}
	switch {
	case strings.Contains(head, "dienst"):
		return strings.Contains(all, "dienst") || strings.Contains(all, "komitee") || len(c.acronym) == 3 && c.canon == ""
	case strings.Contains(head, "bündnis") || strings.Contains(head, "allianz"):
		return c.canon != "" || strings.Contains(all, "vertrag") || strings.Contains(all, "sicherheit")
	}
	return true
}

// female reports whether the person's given name is borne by women only.
func (c *cluster) female() bool { return c.isFemale }

// hasRoleGroup reports whether the cluster had a role of the same group
// as role (der Präsident after Staatschef Tokajew).
func (c *cluster) hasRoleGroup(role string) bool {
	if c.roles[role] {
		return true
	}
	g := mentions.Default().RoleGroup(role)
	for r := range c.roles {
		if mentions.Default().RoleGroup(r) == g {
			return true
		}
	}
	return false
}

func (c *cluster) displayName() string {
	switch {
	case c.canon != "":
		return c.canon
	case c.typ == newsgraph.Person:
		return c.personName()
	case c.acronym != "":
		return c.acronym
	}
	return c.mostFrequent()
}

func (c *cluster) mostFrequent() string {
	best, n := "", -1
	for s, k := range c.names {
		if k > n || k == n && len(s) < len(best) || k == n && len(s) == len(best) && s < best {
			best, n = s, k
		}
	}
	return best
}

// majoritySurname is the surname spelling used most often (ties: the
// alphabetically first, for stable keys).
func (c *cluster) majoritySurname() string {
	sur, n := "", -1
	for s, k := range c.surnames {
		if k > n || k == n && s < sur {
			sur, n = s, k
		}
	}
	return sur
}

// personName is the longest full name with the most frequent surname
// spelling, or that surname alone.
func (c *cluster) personName() string {
	sur := c.majoritySurname()
	best := ""
	for _, f := range c.full {
		if surname(f) == sur && len(f) > len(best) {
			best = f
		}
	}
	if best == "" {
		for _, f := range c.full {
			if len(f) > len(best) {
				best = f
			}
		}
	}
	if best == "" {
		return sur
	}
	return best
}

func (r *resolver) entities() []newsgraph.Entity {
	out := make([]newsgraph.Entity, 0, len(r.clusters))
	for _, c := range r.clusters {
		if c.named == 0 {
			continue // only demonyms: the state is not named in the article
		}
		name := c.displayName()
		var keyForm string
		switch {
		case c.typ == newsgraph.Person:
			keyForm = skeleton(c.majoritySurname())
		case c.canon != "":
			keyForm = fold(c.canon)
		default:
			keyForm = fold(name)
		}
		c.key = newsgraph.EntityKey(c.typ, strings.ReplaceAll(keyForm, " ", "_"))
		e := newsgraph.Entity{
			Key:      c.key,
			Name:     name,
			Type:     c.typ,
			Mentions: c.mentions,
		}
		seen := map[string]bool{fold(name): true}
		forms := make([]string, 0, len(c.names))
		for s := range c.names {
			forms = append(forms, s)
		}
		sort.Strings(forms)
		for _, s := range forms {
			if f := fold(s); !seen[f] && s != "" {
				seen[f] = true
				e.Aliases = append(e.Aliases, s)
			}
		}
		sort.SliceStable(e.Mentions, func(i, j int) bool { return e.Mentions[i].Span.Start < e.Mentions[j].Span.Start })
		out = append(out, e)
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

//go:embed data/institutions.txt
var institutionsTxt string

// institutionEnds are the head endings of institution nouns;
// genericInstitutions those that name no entity of their own.
var institutionEnds, genericInstitutions = func() ([]string, map[string]bool) {
	var out []string
	generic := map[string]bool{}
	for _, ln := range strings.Split(institutionsTxt, "\n") {
		f := strings.Fields(ln)
		if len(f) == 0 || f[0][0] == '#' {
			continue
		}
		out = append(out, f[0])
		if len(f) > 1 && f[1] == "generic" {
			generic[f[0]] = true
		}
	}
	return out, generic
}()

// institutionHead reports whether a description head names a particular
// kind of institution (nationalrat, ministerium) rather than any group.
func institutionHead(head string) bool {
	for _, e := range institutionEnds {
		if strings.HasSuffix(head, e) {
			return true
		}
	}
	return false
}

// recentRole is recent for a role description, with the grammatical gender
// of the role noun agreeing with the person: die Präsidentin is not the
// president named before her who is a man, der Präsident not a woman.
func (r *resolver) recentRole(m *mentions.Mention) *cluster {
	low := strings.ToLower(m.Text)
	feminine := (strings.HasSuffix(low, "in") || strings.HasSuffix(low, "innen")) && !strings.HasSuffix(m.Role, "in")
	i := sort.Search(r.sorted, func(i int) bool { return r.spanOf[i].start >= m.Span.Start })
	for i--; i >= 0; i-- {
		sc := r.spanOf[i]
		if m.Sentence-sc.sentence > corefWindow*3 {
			break
		}
		if sc.c.typ != newsgraph.Person || m.Role != "" && !sc.c.hasRoleGroup(m.Role) {
			continue
		}
		if feminine != sc.c.female() {
			continue
		}
		return sc.c
	}
	return nil
}
