package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
)

// A corpus file given whole is scored on the rows its gold names
// ("korpus.csv#<row>"); the other rows are neither scored nor reported as
// lacking gold.
func TestEvalGoldCorpusRows(t *testing.T) {
	dir := t.TempDir()
	corpus := filepath.Join(dir, "korpus.csv")
	rows := "Inland;'Erika Beispiel besuchte Wien.'\r\n" +
		"Sport;'Karl gewann das Rennen.'\r\n" +
		"International;'Otto Muster flog nach Hamburg.'\r\n"
	if err := os.WriteFile(corpus, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := filepath.Join(dir, "gold.json")
	const goldJSON = `{"articles":[
	  {"file":"korpus.csv#1","entities":[{"name":"Erika Beispiel","type":"Person","aliases":["Erika"]}],"relations":[]},
	  {"file":"korpus.csv#3","entities":[
	    {"name":"Otto Muster","type":"Person","aliases":["Otto"]},
	    {"name":"Hamburg","type":"Place","aliases":[]}],"relations":[]},
	  {"file":"anderes.csv#1","entities":[{"name":"X","type":"Person","aliases":[]}],"relations":[]}]}`
	if err := os.WriteFile(gold, []byte(goldJSON), 0o644); err != nil {
		t.Fatal(err)
	}
	saved := pipeline
	pipeline = func() (newsgraph.Extractor, error) { return oneEntityExtractor{}, nil }
	defer func() { pipeline = saved }()

	var out, errOut bytes.Buffer
	rootCmd.SetOut(&out)
	rootCmd.SetErr(&errOut)
	rootCmd.SetArgs([]string{"eval", "--gold", gold, corpus, "--verbose"})
	defer rootCmd.SetArgs(nil)
	if err := rootCmd.Execute(); err != nil {
		t.Fatalf("eval: %v\n%s", err, errOut.String())
	}
	text := out.String()
	// 2 of 3 gold entities found, nothing false: P=1, R=0.667
	if !strings.HasSuffix(text, "entities F1=0.800 relations F1=1.000\n") {
		t.Errorf("unexpected summary:\n%s", text)
	}
	for _, want := range []string{"korpus.csv#1", "korpus.csv#3", "missed entity   Place        Hamburg"} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "korpus.csv#2") || strings.Contains(text, "anderes.csv") || strings.Contains(errOut.String(), "no gold entry") {
		t.Errorf("row 2 and other corpora must not be scored or reported:\n%s\n%s", text, errOut.String())
	}
}
