package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/dgraphtest"
)

// saveQueryWorld stores one small article whose names carry the nonce n, so
// that no other test's data makes them ambiguous. The sentences are made up.
func saveQueryWorld(t *testing.T, n string) {
	t.Helper()
	ctx := context.Background()
	store, err := graph.Open(ctx, dgraphtest.AlphaAddr())
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if err := store.ApplySchema(ctx); err != nil {
		t.Fatal(err)
	}
	s0 := "Präsident Aman " + n + " entließ den Minister Berik " + n + "."
	s1 := "Aman " + n + " telefonierte danach mit Chan " + n + "."
	text := s0 + " " + s1
	key := func(t newsgraph.EntityType, name string) string { return newsgraph.EntityKey(t, strings.ToLower(name)) }
	aman, berik, chan_ := key(newsgraph.Person, "Aman "+n), key(newsgraph.Person, "Berik "+n), key(newsgraph.Person, "Chan "+n)
	a := newsgraph.Analysis{
		Article: newsgraph.Article{Source: "clitest", Date: "2022-01-07", File: n + ".txt", Text: text},
		Entities: []newsgraph.Entity{
			{Key: aman, Name: "Aman " + n, Type: newsgraph.Person, Aliases: []string{"Ämän " + n}},
			{Key: berik, Name: "Berik " + n, Type: newsgraph.Person},
			{Key: chan_, Name: "Chan " + n, Type: newsgraph.Person},
		},
		Relations: []newsgraph.Relation{
			{Type: "dismissed", Subject: aman, Object: berik, Attrs: newsgraph.Attrs{Date: "2022-01-06"},
				Evidence: newsgraph.Evidence{Sentence: s0, Index: 0, Confidence: 0.9}},
			{Type: "talked_with", Subject: aman, Object: chan_,
				Evidence: newsgraph.Evidence{Sentence: s1, Index: 1, Confidence: 0.8}},
		},
	}
	if _, err := store.Save(ctx, a); err != nil {
		t.Fatal(err)
	}
}

func TestQueryCommands(t *testing.T) {
	n := dgraphtest.Nonce(t)
	saveQueryWorld(t, n)
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		want []string // in stdout (or stderr when code != 0)
	}{
		{"actor table", []string{"query", "actor", "aman " + n}, 0, []string{"Aman " + n, "Person", "dismissed", "Berik " + n, "clitest 2022-01-07"}},
		{"actor: case and accents ignored", []string{"query", "actor", "ÄMÁN " + strings.ToUpper(n), "-o", "json"}, 0, []string{`"name": "Aman ` + n + `"`}},
		{"actor not found", []string{"query", "actor", "Niemand " + n}, 3, []string{"no entity named"}},
		{"relations", []string{"query", "relations", "--type", "dismissed", "--from", "Aman " + n}, 0, []string{"Berik " + n, "2022-01-06"}},
		{"relations bad type", []string{"query", "relations", "--type", "befriended"}, 2, []string{"unknown relation type"}},
		{"path", []string{"query", "path", "Berik " + n, "Chan " + n}, 0, []string{"2 steps", "← dismissed", "talked_with →"}},
		{"timeline", []string{"query", "timeline", "--actor", "Aman " + n, "--from", "2022-01-06"}, 0, []string{"2022-01-06", "2022-01-07 (reported)"}},
		{"timeline bad date", []string{"query", "timeline", "--from", "gestern"}, 2, []string{"YYYY-MM-DD"}},
		{"sources of a fact", []string{"query", "sources", "Aman " + n, "dismissed", "Berik " + n}, 0, []string{"entließ den Minister"}},
		{"sources of an entity", []string{"query", "sources", "Chan " + n}, 0, []string{"telefonierte danach"}},
		{"bad output", []string{"query", "actor", "Aman " + n, "-o", "yaml"}, 2, []string{"table or json"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := cli(t, dir, "", tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errOut)
			}
			text := out
			if code != 0 {
				text = errOut
			}
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("output lacks %q:\n%s", w, text)
				}
			}
		})
	}
}

func TestExportCommand(t *testing.T) {
	n := dgraphtest.Nonce(t)
	saveQueryWorld(t, n)
	dir := t.TempDir()
	q := filepath.Join(dir, "q.dql")
	if err := os.WriteFile(q, []byte(`query q($who: string) {
  q(func: eq(alias, $who)) { uid name fired: dismissed @facets { uid } talked_with { uid } }
}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"rdf", "json", "graphml", "dot"} {
		t.Run(format, func(t *testing.T) {
			file := filepath.Join(dir, "out."+format)
			_, errOut, code := cli(t, dir, "", "export", "--format", format, "--query", q, "--var", "who=Aman "+n, "-o", file)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range []string{"Berik " + n, "Chan " + n, "dismissed", "talked_with"} {
				if !strings.Contains(string(b), w) {
					t.Errorf("%s export lacks %q:\n%s", format, w, b)
				}
			}
			if format == "json" {
				var doc struct{ Nodes, Links []any }
				if err := json.Unmarshal(b, &doc); err != nil || len(doc.Nodes) != 3 || len(doc.Links) != 2 {
					t.Errorf("json: %v, %d nodes, %d links", err, len(doc.Nodes), len(doc.Links))
				}
			}
		})
	}
	// the whole graph to stdout; it contains this test's article
	out, errOut, code := cli(t, dir, "", "export", "--format", "rdf")
	if code != 0 || !strings.Contains(out, `<name> "Aman `+n+`"`) {
		t.Errorf("full export: exit %d, %s", code, errOut)
	}
	if _, errOut, code := cli(t, dir, "", "export", "--format", "xml"); code != 2 || !strings.Contains(errOut, "unknown export format") {
		t.Errorf("unknown format: exit %d, %s", code, errOut)
	}
}
