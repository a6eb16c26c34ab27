package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
)

// withAlias returns a with one more alias on the entity with that key.
func withAlias(a newsgraph.Analysis, key, alias string) newsgraph.Analysis {
	a.Entities = slices.Clone(a.Entities)
	for i := range a.Entities {
		if a.Entities[i].Key == key {
			a.Entities[i].Aliases = append(slices.Clone(a.Entities[i].Aliases), alias)
		}
	}
	return a
}

// consistency reads the part of the graph the articles arts wrote (stored:
// those that should be in the graph now) and reports what is broken:
// references to nodes without xid (deleted), entities and facts nothing
// refers to, names a Report gives its entity that the entity lacks, more
// than one node per xid.
func consistency(t *testing.T, s *Store, arts, stored []newsgraph.Analysis) []string {
	t.Helper()
	var problems []string
	keys := map[string]bool{}
	for _, a := range arts {
		for _, e := range a.Entities {
			keys[e.Key] = true
		}
		for _, r := range a.Relations {
			keys[FactXID(r.Type, r.Subject, r.Object)] = true
			for _, k := range []string{r.Subject, r.Object} {
				if k != "" {
					keys[k] = true
				}
			}
		}
	}
	type node struct {
		UID      string   `json:"uid"`
		XID      string   `json:"xid"`
		Types    []string `json:"dgraph.type"`
		Alias    []string `json:"alias"`
		Forms    []string `json:"alias_folded"`
		Canon    []string `json:"canonical"`
		Mentions []struct {
			Article *struct {
				XID string `json:"xid"`
			} `json:"article"`
		} `json:"~mention_of"`
		FA      []uidOnly `json:"fa"`
		FP      []uidOnly `json:"fp"`
		FL      []uidOnly `json:"fl"`
		Reports []struct {
			Alias []string `json:"report_alias"`
			Canon []string `json:"report_canonical"`
			In    *struct {
				XID string `json:"xid"`
			} `json:"reported_in"`
		} `json:"reports"`
	}
	for _, k := range sortedKeys(keys) {
		var got struct {
			Q []node `json:"q"`
		}
		query(t, s, `query q($k: string) {
  q(func: eq(xid, $k)) {
    uid xid dgraph.type alias alias_folded canonical
    ~mention_of { article { xid } }
    fa: ~agent { uid } fp: ~patient { uid } fl: ~place { uid }
    reports: ~report_of { report_alias report_canonical reported_in { xid } }
  }
}`, map[string]string{"$k": k}, &got)
		if len(got.Q) > 1 {
			problems = append(problems, fmt.Sprintf("%d nodes for %s", len(got.Q), k))
		}
		for _, n := range got.Q {
			fact := slices.Contains(n.Types, "Fact")
			if len(n.Mentions) == 0 && (fact || len(n.FA)+len(n.FP)+len(n.FL) == 0) {
				problems = append(problems, fmt.Sprintf("orphan %v %s: nothing refers to it", n.Types, k))
			}
			for _, m := range n.Mentions {
				if m.Article == nil || m.Article.XID == "" {
					problems = append(problems, fmt.Sprintf("a mention of %s has no article", k))
				}
			}
			for _, r := range n.Reports {
				if r.In == nil || r.In.XID == "" {
					problems = append(problems, fmt.Sprintf("a report on %s has no article", k))
				}
				for _, al := range r.Alias {
					if !slices.Contains(n.Alias, al) || !slices.Contains(n.Forms, Fold(al)) {
						problems = append(problems, fmt.Sprintf("%s lacks the name %q its report from %v gives it (aliases %q)", k, al, r.In, n.Alias))
					}
				}
				for _, c := range r.Canon {
					if !slices.Contains(n.Canon, c) {
						problems = append(problems, fmt.Sprintf("%s lacks the canonical name %q its report gives it", k, c))
					}
				}
			}
		}
	}
	// From the stored articles: everything they refer to exists.
	for _, a := range stored {
		var got struct {
			Q []struct {
				M []struct {
					XID string   `json:"xid"`
					Of  *refNode `json:"mention_of"`
				} `json:"~article"`
				R []struct {
					Of *refNode `json:"report_of"`
				} `json:"~reported_in"`
			} `json:"q"`
		}
		query(t, s, `query q($a: string) { q(func: eq(xid, $a)) {
  ~article { xid mention_of { uid xid agent { uid xid } patient { uid xid } place { uid xid } } }
  ~reported_in { report_of { uid xid } }
} }`, map[string]string{"$a": a.Article.XID}, &got)
		if len(got.Q) != 1 {
			problems = append(problems, fmt.Sprintf("article %s: %d nodes, want 1", a.Article.File, len(got.Q)))
			continue
		}
		for _, m := range got.Q[0].M {
			if m.Of == nil || m.Of.XID == "" {
				problems = append(problems, fmt.Sprintf("mention %s refers to a deleted node", m.XID))
				continue
			}
			for _, e := range []*refNode{m.Of.Agent, m.Of.Patient, m.Of.Place} {
				if e != nil && e.XID == "" {
					problems = append(problems, fmt.Sprintf("fact %s refers to a deleted entity %s", m.Of.XID, e.UID))
				}
			}
		}
		for _, r := range got.Q[0].R {
			if r.Of == nil || r.Of.XID == "" {
				problems = append(problems, fmt.Sprintf("a report of %s refers to a deleted entity", a.Article.File))
			}
		}
	}
	return problems
}

func wantConsistent(t *testing.T, s *Store, arts, stored []newsgraph.Analysis) {
	t.Helper()
	for _, p := range consistency(t, s, arts, stored) {
		t.Error(p)
	}
}

// A Save and a Forget that meet on an entity the forgotten article gave a
// name the saved one gives too: whichever commits last, the entity keeps
// the name (the saved article's Report claims it), and the graph is
// consistent.
func TestForgetRacingSaveKeepsSharedNames(t *testing.T) {
	for _, last := range []string{"save commits last", "forget commits last"} {
		t.Run(last, func(t *testing.T) {
			s, other, sc := open(t), open(t), scope(dgraphtest.Nonce(t))
			nick := sc.name("Tolja")
			// c keeps Beispielow in the graph; a and b call him Tolja too.
			c := sc.article("c.txt", "", rel{"talked_with", anatol, boris, "Beispielow sprach mit Musterow.", newsgraph.Attrs{}})
			a := withAlias(sc.article("a.txt", "", dismissal), sc.key(anatol), nick)
			b := withAlias(sc.article("b.txt", "", rel{"arrested", anatol, boris, "Tolja ließ Musterow festnehmen.", newsgraph.Attrs{}}), sc.key(anatol), nick)
			save(t, s, c, newsgraph.StatusNew)
			save(t, s, a, newsgraph.StatusNew)
			// If Save commits last, b's Save has read Tolja among the names
			// (so does not write it) and a, the only article that gave it so
			// far, is forgotten before b commits. If Forget commits last, it
			// has decided to drop Tolja (no other Report gives it yet) and b,
			// which gives it, is saved before Forget commits.
			raceForgetAndSave(t, s, other, last, a, b)
			if e := findOneEntity(t, s, nick); e.XID != sc.key(anatol) {
				t.Errorf("%q finds %s, want %s", nick, e.XID, sc.key(anatol))
			}
			wantConsistent(t, s, []newsgraph.Analysis{a, b, c}, []newsgraph.Analysis{b, c})
		})
	}
}

// Two Forgets of the last two articles that mention an entity and report a
// fact, at once: each sees the other's article still there, yet neither
// may leave the entity or the fact behind with nothing referring to it.
func TestConcurrentForgetsLeaveNoOrphans(t *testing.T) {
	s, other, sc := open(t), open(t), scope(dgraphtest.Nonce(t))
	ctx := context.Background()
	a := sc.article("a.txt", "", dismissal, membership)
	b := sc.article("b.txt", "", rel{"dismissed", anatol, boris, "Beispielow setzte Musterow ab.", newsgraph.Attrs{}}, membership)
	save(t, s, a, newsgraph.StatusNew)
	save(t, s, b, newsgraph.StatusNew)
	var hookErr error
	testHookForgetBeforeCommit = func() {
		testHookForgetBeforeCommit = nil
		_, hookErr = other.Forget(ctx, b.Article.XID)
	}
	_, err := s.Forget(ctx, a.Article.XID)
	testHookForgetBeforeCommit = nil
	if err != nil || hookErr != nil {
		t.Fatal(err, hookErr)
	}
	wantConsistent(t, s, []newsgraph.Analysis{a, b}, nil)
	for _, k := range []string{sc.key(anatol), sc.key(boris), sc.key(nordland), sc.key(testbund)} {
		if es, err := s.FindEntities(ctx, k); err != nil || len(es) != 0 {
			t.Errorf("%s still there after both articles were forgotten: %+v %v", k, es, err)
		}
	}
}

// Writers that save and forget articles sharing entities, names and facts
// at the same time leave a consistent graph: no reference to a deleted
// node, no entity or fact nothing refers to, every name a stored article
// gives on its entity; and the same graph as storing the surviving
// articles one after the other.
func TestConcurrentSavesAndForgetsStayConsistent(t *testing.T) {
	s := open(t)
	ctx := context.Background()
	build := func(sc scope) []newsgraph.Analysis {
		var out []newsgraph.Analysis
		for i := 0; i < 12; i++ {
			a := sc.article(fmt.Sprintf("mixed-%02d.txt", i), "",
				rel{"talked_with", fmt.Sprintf("person:testperson %d", i%4), fmt.Sprintf("person:testperson %d", (i+1)%4),
					fmt.Sprintf("Bericht %d: Testperson %d sprach mit Testperson %d.", i, i%4, (i+1)%4), newsgraph.Attrs{}},
				rel{"member_of", nordland, testbund, fmt.Sprintf("Bericht %d nennt Nordland ein Mitglied.", i), newsgraph.Attrs{}})
			// nicknames some articles give (one per person: a name two
			// persons share would make them one)
			if i%3 != 2 {
				a = withAlias(a, sc.key(fmt.Sprintf("person:testperson %d", i%4)), sc.name([]string{"Tolja", "Borja", "Mischa", "Wanja"}[i%4]))
			}
			a = withAlias(a, sc.key(nordland), sc.name(fmt.Sprintf("Nordreich%d", i%2)))
			out = append(out, a)
		}
		return out
	}
	arts := build(scope(dgraphtest.Nonce(t)))
	// Worker w owns articles w, w+4, w+8 and the even ones of all others'
	// as readers of shared entities: it saves and forgets its own in
	// rounds and ends with its even-numbered articles stored.
	const workers = 4
	var wg sync.WaitGroup
	errs := make(chan error, 1000)
	for w := 0; w < workers; w++ {
		store := open(t)
		rng := rand.New(rand.NewPCG(uint64(w), 3))
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []newsgraph.Analysis
			for i := w; i < len(arts); i += workers {
				mine = append(mine, arts[i])
			}
			for round := 0; round < 3; round++ {
				rng.Shuffle(len(mine), func(i, j int) { mine[i], mine[j] = mine[j], mine[i] })
				for _, a := range mine {
					if _, err := store.Save(ctx, a); err != nil {
						errs <- fmt.Errorf("save %s: %w", a.Article.File, err)
					}
				}
				for _, a := range mine {
					if _, err := store.Forget(ctx, a.Article.XID); err != nil && newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
						errs <- fmt.Errorf("forget %s: %w", a.Article.File, err)
					}
				}
			}
			for _, a := range mine {
				if keep(arts, a) {
					if _, err := store.Save(ctx, a); err != nil {
						errs <- fmt.Errorf("final save %s: %w", a.Article.File, err)
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	var stored []newsgraph.Analysis
	for _, a := range arts {
		if keep(arts, a) {
			stored = append(stored, a)
		}
	}
	wantConsistent(t, s, arts, stored)

	// The same articles stored one after the other, in a scope of their own.
	ref := build(scope(dgraphtest.Nonce(t)))
	var refStored []newsgraph.Analysis
	for _, a := range ref {
		if keep(ref, a) {
			save(t, s, a, newsgraph.StatusNew)
			refStored = append(refStored, a)
		}
	}
	if got, want := nonZero(counts(t, s, stored...)), nonZero(counts(t, s, refStored...)); fmt.Sprint(got) != fmt.Sprint(want) {
		debugMentions(t, s, stored)
		t.Errorf("after concurrent saves and forgets\n got %v\nwant %v", got, want)
	}
}

// keep says whether a is one of the articles the concurrent test ends with
// stored: those at even positions.
func keep(arts []newsgraph.Analysis, a newsgraph.Analysis) bool {
	i := slices.IndexFunc(arts, func(b newsgraph.Analysis) bool { return b.Article.XID == a.Article.XID })
	return i%2 == 0
}

func debugMentions(t *testing.T, s *Store, arts []newsgraph.Analysis) {
	for _, a := range arts {
		var got struct {
			Q []struct {
				M []struct {
					XID string `json:"xid"`
					Of  struct {
						XID   string   `json:"xid"`
						Types []string `json:"dgraph.type"`
					} `json:"mention_of"`
				} `json:"~article"`
			} `json:"q"`
		}
		query(t, s, `query q($a: string) { q(func: eq(xid, $a)) { ~article { xid mention_of { xid dgraph.type } } } }`, map[string]string{"$a": a.Article.XID}, &got)
		t.Logf("%s: %+v", a.Article.File, got.Q)
	}
}

// The same with an entity the two articles only mention (no fact to
// conflict on): the entity must not outlive them.
func TestConcurrentForgetsLeaveNoOrphanMentionedOnly(t *testing.T) {
	s, other, sc := open(t), open(t), scope(dgraphtest.Nonce(t))
	ctx := context.Background()
	a := sc.onlyEntities("a.txt", nil, sc.person("tokaev", "Tokajew"))
	b := sc.onlyEntities("b.txt", nil, sc.person("tokaev", "Tokajew"))
	save(t, s, a, newsgraph.StatusNew)
	save(t, s, b, newsgraph.StatusNew)
	var hookErr error
	testHookForgetBeforeCommit = func() {
		testHookForgetBeforeCommit = nil
		_, hookErr = other.Forget(ctx, b.Article.XID)
	}
	_, err := s.Forget(ctx, a.Article.XID)
	testHookForgetBeforeCommit = nil
	if err != nil || hookErr != nil {
		t.Fatal(err, hookErr)
	}
	wantConsistent(t, s, []newsgraph.Analysis{a, b}, nil)
	if es, err := s.FindEntities(ctx, a.Entities[0].Key); err != nil || len(es) != 0 {
		t.Errorf("%s still there after both articles were forgotten: %+v %v", a.Entities[0].Key, es, err)
	}
}

// raceForgetAndSave forgets article a through s while b is saved through
// other, or the other way round, so that the one named by last commits
// last: with "save commits last", b's Save has read the graph before a is
// forgotten; otherwise Forget has decided what to delete before b is saved.
func raceForgetAndSave(t *testing.T, s, other *Store, last string, a, b newsgraph.Analysis) {
	t.Helper()
	ctx := context.Background()
	var hookErr error
	if last == "save commits last" {
		testHookSaveBeforeCommit = func() {
			testHookSaveBeforeCommit = nil
			_, hookErr = other.Forget(ctx, a.Article.XID)
		}
		save(t, s, b, newsgraph.StatusNew)
	} else {
		testHookForgetBeforeCommit = func() {
			testHookForgetBeforeCommit = nil
			_, hookErr = other.Save(ctx, b)
		}
		if _, err := s.Forget(ctx, a.Article.XID); err != nil {
			t.Fatal(err)
		}
	}
	testHookSaveBeforeCommit, testHookForgetBeforeCommit = nil, nil
	if hookErr != nil {
		t.Fatal(hookErr)
	}
}
