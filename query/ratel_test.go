package query_test

import (
	"context"
	"encoding/json"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/loaders"
	_ "github.com/newsgraph/newsgraph/loaders/all"
)

// The ready-made Ratel queries of docs/ratel.md live in docs/queries. They
// are run here as shipped (only their variables change) against the
// fixture, where the expected network is known exactly, and against the
// seed articles run through loaders, extraction and graph.Save.

func repoDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..")
}

func ratelQuery(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoDir(), "docs", "queries", name+".dql"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// node is a generic result object.
type node = map[string]any

func runRatel(t *testing.T, f *fixture, name string, vars map[string]string) map[string][]node {
	t.Helper()
	data, err := f.store.Query(context.Background(), ratelQuery(t, name), vars)
	if err != nil {
		t.Fatalf("%s.dql: %v", name, err)
	}
	var res map[string][]node
	if err := json.Unmarshal(data, &res); err != nil {
		t.Fatal(err)
	}
	checkDrawable(t, name, res)
	return res
}

// checkDrawable asserts what Ratel needs: every node that is drawn has a
// name (its label) and a dgraph.type (for expand(_all_) on double-click),
// and there are no more than the 400 nodes Ratel draws.
func checkDrawable(t *testing.T, name string, res map[string][]node) {
	t.Helper()
	uids := map[string]bool{}
	var walk func(n node, path string)
	walk = func(n node, path string) {
		if uid, ok := n["uid"].(string); ok {
			uids[uid] = true
			if _, ok := n["name"].(string); !ok {
				t.Errorf("%s: node %s at %s has no name", name, uid, path)
			}
			if _, ok := n["dgraph.type"]; !ok {
				t.Errorf("%s: node %s at %s has no dgraph.type", name, uid, path)
			}
		}
		for k, v := range n {
			for _, c := range children(v) {
				walk(c, path+"/"+k)
			}
		}
	}
	for block, list := range res {
		if block == "_path_" {
			continue // Ratel draws the path from the named block
		}
		for _, n := range list {
			walk(n, block)
		}
	}
	if len(uids) > 400 {
		t.Errorf("%s: %d nodes; Ratel draws only the first 400", name, len(uids))
	}
}

func children(v any) []node {
	switch t := v.(type) {
	case map[string]any:
		return []node{t}
	case []any:
		var out []node
		for _, x := range t {
			if m, ok := x.(map[string]any); ok {
				out = append(out, m)
			}
		}
		return out
	}
	return nil
}

func names(list []any) []string {
	var out []string
	for _, c := range children(list) {
		if s, ok := c["name"].(string); ok {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func list(n node, key string) []any {
	switch v := n[key].(type) {
	case []any:
		return v
	case map[string]any:
		return []any{v}
	}
	return nil
}

func TestRatelQueriesOnFixture(t *testing.T) {
	f, _ := shared(t)
	low := func(s string) string { return strings.ToLower(s) }
	R := " " + low(f.R)

	t.Run("ovks", func(t *testing.T) {
		res := runRatel(t, f, "ovks", map[string]string{"$org": "ovks" + R})
		if len(res["ovks"]) != 1 {
			t.Fatalf("ovks: %v", res["ovks"])
		}
		o := res["ovks"][0]
		if got := names(list(o, "member")); strings.Join(got, ",") != f.names["bel"]+","+f.names["rus"] {
			t.Errorf("members %v", got)
		}
		troops := map[string]any{}
		for _, m := range children(list(o, "member")) {
			for _, s := range children(list(m, "sent_troops")) {
				troops[m["name"].(string)+"→"+s["name"].(string)] = s["sent_troops|count"]
			}
		}
		if troops[f.names["rus"]+"→"+f.names["kaz"]] != 3000.0 || troops[f.names["bel"]+"→"+f.names["kaz"]] != 500.0 {
			t.Errorf("troops %v", troops)
		}
		if got := names(list(o, "asked_by")); len(got) != 1 || got[0] != f.names["tok"] {
			t.Errorf("asked_by %v", got)
		}
	})

	t.Run("tokajew", func(t *testing.T) {
		res := runRatel(t, f, "tokajew", map[string]string{"$name": "tokajew" + R})
		if len(res["actor"]) != 1 {
			t.Fatalf("actor: %v", res["actor"])
		}
		a := res["actor"][0]
		want := map[string][]string{
			"dismissed":      {f.names["abd1"], f.names["mas"]},
			"requested_help": {f.names["ovks"]},
			"holds_office":   {f.names["kaz"]},
			"ordered":        {f.names["emerg"]},
			"thanked":        {f.names["put"]},
			"mentor_of":      nil, // done to him, not by him
		}
		for rel, w := range want {
			if got := names(list(a, rel)); strings.Join(got, ",") != strings.Join(w, ",") {
				t.Errorf("%s: %v, want %v", rel, got, w)
			}
		}
	})

	t.Run("january", func(t *testing.T) {
		res := runRatel(t, f, "january", nil)
		var mine []string
		for _, fa := range res["january"] {
			if rel := fa["relation"]; rel != "dismissed" && rel != "arrested" {
				t.Errorf("fact of relation %v", rel)
			}
			p, _ := fa["patient"].(map[string]any)
			if p == nil || !strings.HasSuffix(p["name"].(string), f.R) {
				continue // another test's data
			}
			agent := "?"
			if a, ok := fa["agent"].(map[string]any); ok {
				agent = a["name"].(string)
			}
			mine = append(mine, fa["relation"].(string)+":"+agent+"→"+p["name"].(string))
		}
		sort.Strings(mine)
		want := []string{"arrested:?→" + f.names["mas"], "dismissed:" + f.names["tok"] + "→" + f.names["abd1"], "dismissed:" + f.names["tok"] + "→" + f.names["mas"]}
		if strings.Join(mine, ",") != strings.Join(want, ",") {
			t.Errorf("got %v\nwant %v", mine, want)
		}
	})

	t.Run("path", func(t *testing.T) {
		res := runRatel(t, f, "path", map[string]string{"$from": "nasarbajew" + R, "$to": "putin" + R})
		var got []any
		for _, n := range res["path"] {
			got = append(got, n)
		}
		if n := names(got); strings.Join(n, ",") != strings.Join([]string{f.names["tok"], f.names["nas"], f.names["put"]}, ",") {
			t.Errorf("path nodes %v", n)
		}
		if len(res["_path_"]) != 1 {
			t.Errorf("_path_ %v", res["_path_"])
		}
	})

	t.Run("article", func(t *testing.T) {
		res := runRatel(t, f, "article", map[string]string{"$file": f.R + "-a2.txt"})
		if len(res["article"]) != 1 {
			t.Fatalf("article: %v", res["article"])
		}
		var facts []string
		for _, m := range children(list(res["article"][0], "~article")) {
			for _, fa := range children(list(m, "mention_of")) {
				facts = append(facts, fa["relation"].(string))
			}
			if len(list(m, "mention_of")) == 0 {
				t.Errorf("a mention without a fact was kept: %v", m["name"])
			}
		}
		sort.Strings(facts)
		if strings.Join(facts, ",") != "arrested,dismissed,holds_office,mentor_of,thanked" {
			t.Errorf("facts %v", facts)
		}
	})
}

var (
	seedOnce sync.Once
	seedErr  error
)

// loadSeeds runs the seed articles through loaders, extraction and
// graph.Save into the shared Dgraph (idempotent: unchanged articles are
// skipped, so other packages may load them too).
func loadSeeds(t *testing.T, f *fixture) {
	t.Helper()
	dir := sharedtest.Path(t, "seeds")
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err == nil && len(paths) == 0 {
		err = os.ErrNotExist
	}
	if err != nil {
		t.Fatalf("seeds in %s: %v", dir, err)
	}
	seedOnce.Do(func() {
		ex := extract.New()
		for _, p := range paths {
			arts, err := loaders.ReadFile(p)
			if err != nil {
				seedErr = err
				return
			}
			for _, a := range arts {
				if _, err := f.store.Save(context.Background(), ex.Extract(a)); err != nil {
					seedErr = err
					return
				}
			}
		}
	})
	if seedErr != nil {
		t.Fatal(seedErr)
	}
}

// The queries as shipped, on the seeds. These assert the key facts of the
// seed articles (see ../shared/gold): they fail while extraction misses them.
func TestRatelQueriesOnSeeds(t *testing.T) {
	f, _ := shared(t)
	loadSeeds(t, f)

	t.Run("ovks", func(t *testing.T) {
		res := runRatel(t, f, "ovks", nil)
		if len(res["ovks"]) == 0 {
			t.Fatal("no organisation with the alias OVKS")
		}
		var senders []string
		for _, o := range res["ovks"] {
			for _, m := range children(list(o, "member")) {
				for _, s := range children(list(m, "sent_troops")) {
					senders = append(senders, m["name"].(string)+"→"+s["name"].(string))
				}
			}
		}
		if !containsPrefix(senders, "Russland→Kasachstan") {
			t.Errorf("OVKS members that sent troops: %v; want Russland→Kasachstan", senders)
		}
		var members []string
		for _, o := range res["ovks"] {
			members = append(members, names(list(o, "member"))...)
		}
		for _, m := range []string{"Russland", "Kasachstan", "Belarus", "Armenien"} {
			if !containsPrefix(members, m) {
				t.Errorf("OVKS members %v lack %s", members, m)
			}
		}
	})
	t.Run("tokajew", func(t *testing.T) {
		res := runRatel(t, f, "tokajew", nil)
		var dismissed, arrested []string
		for _, a := range res["actor"] {
			dismissed = append(dismissed, names(list(a, "dismissed"))...)
			arrested = append(arrested, names(list(a, "arrested"))...)
		}
		if !containsSuffix(dismissed, "Abdymomunow") {
			t.Errorf("Tokajew dismissed %v; want Abdymomunow among them", dismissed)
		}
		if !containsSuffix(arrested, "Massimow") {
			t.Errorf("Tokajew had %v arrested; want Massimow among them", arrested)
		}
	})
	t.Run("january", func(t *testing.T) {
		res := runRatel(t, f, "january", nil)
		n := 0
		for _, fa := range res["january"] {
			a, ok := fa["agent"].(map[string]any)
			if !ok || fa["relation"] != "dismissed" {
				continue
			}
			// fixture names (this run's and earlier runs') end with their suffix
			if name := a["name"].(string); strings.HasSuffix(name, "Tokajew") {
				n++
			}
		}
		if n == 0 {
			t.Errorf("no dismissal by Tokajew in January 2022 among %d facts", len(res["january"]))
		}
	})
	t.Run("path", func(t *testing.T) {
		res := runRatel(t, f, "path", nil)
		var nodes []string
		for _, n := range res["path"] {
			nodes = append(nodes, n["name"].(string))
		}
		if len(nodes) < 2 || !containsSuffix(nodes, "Nasarbajew") || !containsSuffix(nodes, "Putin") {
			t.Errorf("no path from Nasarbajew to Putin: %v", nodes)
		}
	})
	t.Run("article", func(t *testing.T) {
		res := runRatel(t, f, "article", nil)
		if len(res["article"]) != 1 {
			t.Fatalf("article 000_882455a2e605f179.txt: %v", res["article"])
		}
		facts := map[string]bool{}
		for _, m := range children(list(res["article"][0], "~article")) {
			for _, fa := range children(list(m, "mention_of")) {
				facts[fa["relation"].(string)] = true
			}
		}
		for _, rel := range []string{"dismissed", "arrested", "sent_troops", "member_of"} {
			if !facts[rel] {
				t.Errorf("the article's facts %v lack %s", facts, rel)
			}
		}
	})
}

func containsPrefix(list []string, p string) bool {
	for _, s := range list {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func containsSuffix(list []string, p string) bool {
	for _, s := range list {
		if strings.HasSuffix(s, p) {
			return true
		}
	}
	return false
}

// docs/ratel.md shows the five queries; they must be the tested files.
func TestRatelDocShowsTheQueryFiles(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join(repoDir(), "docs", "ratel.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"ovks", "tokajew", "january", "path", "article"} {
		var body []string
		for _, l := range strings.Split(ratelQuery(t, name), "\n") {
			if !strings.HasPrefix(l, "#") {
				body = append(body, l)
			}
		}
		if !strings.Contains(string(doc), "```dql\n"+strings.TrimSpace(strings.Join(body, "\n"))+"\n```") {
			t.Errorf("docs/ratel.md does not show docs/queries/%s.dql as it is", name)
		}
	}
}
