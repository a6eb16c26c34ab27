package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	text, errText := evalWithOneEntity(t, "--gold", gold, corpus, "--verbose")
	// 2 of 3 gold entities found, nothing false: P=1, R=0.667
	if !strings.HasSuffix(text, "entities F1=0.800 relations F1=1.000\n") {
		t.Errorf("unexpected summary:\n%s", text)
	}
	for _, want := range []string{"korpus.csv#1", "korpus.csv#3", "missed entity   Place        Hamburg"} {
		if !strings.Contains(text, want) {
			t.Errorf("report lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "korpus.csv#2") || strings.Contains(text, "anderes.csv") || strings.Contains(errText, "no gold entry") {
		t.Errorf("row 2 and other corpora must not be scored or reported:\n%s\n%s", text, errText)
	}
}
