package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// oneEntityExtractor is a minimal real Extractor: it reports the first word
// of the text as a Person, and panics on text containing "PANIK" to check
// that one failing article does not stop the others.
type oneEntityExtractor struct{}

func (oneEntityExtractor) Extract(a newsgraph.Article) newsgraph.Analysis {
	if strings.Contains(a.Text, "PANIK") {
		panic("cannot handle this article")
	}
	first := strings.Fields(a.Text)[0]
	return newsgraph.Analysis{
		Article:  a,
		Entities: []newsgraph.Entity{{Key: "person:" + first, Name: first, Type: newsgraph.Person}},
	}
}

// evalWithOneEntity runs `newsgraph eval ARGS` with oneEntityExtractor in
// place of the pipeline and returns what it printed on stdout and stderr.
func evalWithOneEntity(t *testing.T, args ...string) (stdout, stderr string) {
	t.Helper()
	saved := pipeline
	pipeline = func() (newsgraph.Extractor, error) { return oneEntityExtractor{}, nil }
	defer func() { pipeline = saved }()

	var out, errOut bytes.Buffer
	rootCmd.SetOut(&out)
	rootCmd.SetErr(&errOut)
	rootCmd.SetArgs(append([]string{"eval"}, args...))
	defer rootCmd.SetArgs(nil)
	if err := rootCmd.Execute(); err != nil {
		t.Fatalf("eval: %v\n%s", err, errOut.String())
	}
	return out.String(), errOut.String()
}

func TestAnalyzeFilesReportsEachFailure(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("gut.txt", "Erika Beispiel besuchte am Montag die Hauptstadt.\n")
	binary := write("kaputt.txt", "\x00\x01\x02\x03\x04\x05\x06\x07")
	panicky := write("panik.txt", "PANIK in der Stadt, meldete die Polizei.\n")
	missing := filepath.Join(dir, "fehlt.txt")

	var stderr bytes.Buffer
	got, err := analyzeFiles(oneEntityExtractor{}, []string{binary, good, missing, panicky}, &stderr)
	if err == nil || newsgraph.ExitCode(err) == 0 {
		t.Fatalf("error = %v, want a non-zero exit", err)
	}
	if len(got) != 1 || got[0].Article.File != "gut.txt" || got[0].Entities[0].Name != "Erika" {
		t.Fatalf("analyses = %+v, want the one good file", got)
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("stderr has %d lines, want 3 (one per failed file):\n%s", len(lines), stderr.String())
	}
	for i, name := range []string{"kaputt.txt", "fehlt.txt", "panik.txt"} {
		if !strings.Contains(lines[i], name) {
			t.Errorf("stderr line %d = %q, want it to name %s", i, lines[i], name)
		}
	}
}

func TestEvalGoldCommand(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "gut.txt")
	if err := os.WriteFile(article, []byte("Erika Beispiel besuchte am Montag die Hauptstadt.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "gold.json")
	// gut.txt: one entity found, one missed, one relation missed;
	// andere.txt is not given and must not count.
	const goldJSON = `{"articles":[
	  {"file":"gut.txt","entities":[
	    {"name":"Erika Beispiel","type":"Person","aliases":["Erika"]},
	    {"name":"Hauptstadt","type":"Place","aliases":[]}],
	   "relations":[{"type":"traveled_to","subject":"Erika Beispiel","object":"Hauptstadt"}]},
	  {"file":"andere.txt","entities":[{"name":"X","type":"Person","aliases":[]}],"relations":[]}]}`
	if err := os.WriteFile(gold, []byte(goldJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	text, _ := evalWithOneEntity(t, "--gold", gold, article, "--verbose")
	if !strings.HasSuffix(text, "entities F1=0.667 relations F1=0.000\n") {
		t.Errorf("unexpected summary:\n%s", text)
	}
	if strings.Contains(text, "andere.txt") || !strings.Contains(text, "missed entity   Place        Hauptstadt") {
		t.Errorf("report should score only gut.txt and list the miss:\n%s", text)
	}
}
