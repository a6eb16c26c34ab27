package query_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
	"github.com/newsgraph/newsgraph/query"
)

// The actor profile says why its names are one entity: the resolver's
// merges within an article, the cross-article identity's, and a user's,
// each with its articles; reloading does not repeat them, forgetting the
// article that made one removes it.
func TestActorShowsMerges(t *testing.T) {
	_, c := shared(t)
	ctx := context.Background()
	n := dgraphtest.Nonce(t)
	surname := "Beispielow" + n
	anatol := newsgraph.Entity{Key: "person:anatol " + strings.ToLower(surname), Name: "Anatol " + surname,
		Type: newsgraph.Person, Aliases: []string{surname}}
	a := oneEntityArticle(n, "a.txt", anatol, "Anatol "+surname+" sprach, dann sprach "+surname+" noch einmal.")
	a.Merges = []newsgraph.Merge{
		{Into: anatol.Key, Form: surname, Reason: "same name", Score: 1},
		{Into: anatol.Key, Form: "Bejspielow" + n, Reason: "Kölner Phonetik 1, Jaro-Winkler 0.91", Score: 0.91},
	}
	// b knows him by his surname alone, under another key: the store
	// identifies the two (same name).
	other := newsgraph.Entity{Key: "person:" + strings.ToLower(surname), Name: surname, Type: newsgraph.Person}
	b := oneEntityArticle(n, "b.txt", other, surname+" schwieg.")
	bobo := newsgraph.Entity{Key: "person:bobo " + n, Name: "Bobo " + n, Type: newsgraph.Person}
	cArt := oneEntityArticle(n, "c.txt", bobo, "Bobo "+n+" lachte.")
	for _, an := range []newsgraph.Analysis{a, b, cArt} {
		if _, err := fix.store.Save(ctx, an); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := fix.store.MergeEntities(ctx, anatol.Key, bobo.Key); err != nil {
		t.Fatal(err)
	}

	check := func(t *testing.T, wantAcross bool) *query.Profile {
		t.Helper()
		p, err := c.Actor(ctx, anatol.Key)
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[string][]query.Merge{}
		for _, m := range p.Merges {
			kinds[m.Kind] = append(kinds[m.Kind], m)
		}
		across := kinds[graph.MergeAcrossArticles]
		if !wantAcross && len(across) > 0 {
			t.Errorf("cross-article merges %+v after b was forgotten", across)
		}
		if wantAcross && (len(across) != 1 || across[0].Key != other.Key || across[0].Rule != "same name" ||
			across[0].Score != 1 || len(across[0].Articles) != 1 || across[0].Articles[0].XID != b.Article.XID) {
			t.Errorf("cross-article merges %+v, want %s by same name in b", across, other.Key)
		}
		in := kinds[graph.MergeInArticle]
		if len(in) != 2 || in[0].Form != "Bejspielow"+n || in[0].Score != 0.91 || in[0].Rule != "Kölner Phonetik 1, Jaro-Winkler 0.91" ||
			len(in[0].Articles) != 1 || in[0].Articles[0].XID != a.Article.XID || in[0].Articles[0].Outlet != "testblatt" {
			t.Errorf("in-article merges %+v, want the variant (weakest first) and the surname, each once, from a", in)
		}
		user := kinds[graph.MergeByUser]
		if len(user) != 1 || user[0].Key != bobo.Key || user[0].Form != bobo.Name {
			t.Errorf("user merges %+v, want %s", user, bobo.Key)
		}
		if len(p.MergedKeys) != map[bool]int{true: 2, false: 1}[wantAcross] { // b's join goes with b
			t.Errorf("merged keys %v", p.MergedKeys)
		}
		return p
	}
	p := check(t, true)
	var out bytes.Buffer
	if err := query.Write(&out, "table", p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"merged keys", "across articles", other.Key, "Bejspielow" + n, "0.91", "user merge", "testblatt 2022-01-11"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("table lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	if err := query.Write(&out, "json", p); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"merges": [`, `"kind": "across_articles"`, `"rule": "same name"`, `"articles": [`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("JSON lacks %s", want)
		}
	}

	// Reloading a (unchanged, then extracted anew) repeats nothing.
	if res, err := fix.store.Save(ctx, a); err != nil || res.Status != newsgraph.StatusUnchanged {
		t.Fatalf("reload: %+v %v", res, err)
	}
	a2 := a
	a2.Merges = append(a.Merges[:len(a.Merges):len(a.Merges)], newsgraph.Merge{Into: anatol.Key, Form: "A. " + surname, Reason: "initial", Score: 0.9})
	if res, err := fix.store.Save(ctx, a2); err != nil || res.Status != newsgraph.StatusUpdated {
		t.Fatalf("re-extracted a: %+v %v", res, err)
	}
	p, err := c.Actor(ctx, anatol.Key)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Merges) != 5 {
		t.Errorf("after reloading a: %d merges, want 5 (a's three, b's, the user's): %+v", len(p.Merges), p.Merges)
	}
	if _, err := fix.store.Forget(ctx, b.Article.XID); err != nil {
		t.Fatal(err)
	}
	if _, err := fix.store.Save(ctx, a); err != nil { // back to a's first analysis
		t.Fatal(err)
	}
	check(t, false)
}
