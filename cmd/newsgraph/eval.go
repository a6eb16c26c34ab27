package main

import (
	"encoding/json"
	"fmt"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/eval/germeval"
	"github.com/newsgraph/newsgraph/extract/mentions"
	"github.com/newsgraph/newsgraph/loaders"
	"github.com/spf13/cobra"
)

var evalCmd = &cobra.Command{
	Use:   "eval (--gold GOLD.json ARTICLE... | --ner TSV) [--verbose] [--json]",
	Short: "Measure extraction quality against a gold file or GermEval 2014 NER data",
	Long: `eval --gold GOLD.json ARTICLE... extracts from the article files and scores
the result against the gold file's articles with the same base file name
(a corpus file such as 10kGNAD_test.csv is scored on the rows its gold
names as "10kGNAD_test.csv#<row>"):
precision, recall and F1 of entities (matched by name and aliases, one-to-one;
also with types) and of relations (type, subject, object triples), per article,
per relation type and overall (micro-averaged). --verbose lists every missed
and false entity and relation with its evidence sentence; --json prints the
full report as JSON. The last text line reads
"entities F1=0.xxx relations F1=0.xxx".

eval --ner TSV tags every sentence of a GermEval 2014 file with the mention
tagger and prints conlleval-style strict chunk scores on the outer labels,
with the twelve official labels and with the four classes PER ORG LOC OTH.`,
	RunE: func(cmd *cobra.Command, args []string) error {
		goldPath, _ := cmd.Flags().GetString("gold")
		nerPath, _ := cmd.Flags().GetString("ner")
		verbose, _ := cmd.Flags().GetBool("verbose")
		asJSON, _ := cmd.Flags().GetBool("json")
		switch {
		case goldPath != "" && nerPath != "":
			return newsgraph.Errorf(newsgraph.EINVALID, "give either --gold or --ner, not both")
		case nerPath != "":
			if len(args) > 0 {
				return newsgraph.Errorf(newsgraph.EINVALID, "--ner takes no article files")
			}
			return runNEREval(cmd, nerPath, verbose, asJSON)
		case goldPath != "":
			if len(args) == 0 {
				return newsgraph.Errorf(newsgraph.EINVALID, "--gold needs the article files to score")
			}
			return runGoldEval(cmd, goldPath, args, verbose, asJSON)
		}
		return newsgraph.Errorf(newsgraph.EINVALID, "give --gold GOLD.json with article files, or --ner TSV")
	},
}

func init() {
	f := evalCmd.Flags()
	f.String("gold", "", "gold file (JSON answer key) to score the article files against")
	f.String("ner", "", "GermEval 2014 TSV file to score the mention tagger on")
	f.BoolP("verbose", "v", false, "list every miss and every false prediction")
	f.Bool("json", false, "print the report as JSON")
	rootCmd.AddCommand(evalCmd)
}

func runGoldEval(cmd *cobra.Command, goldPath string, paths []string, verbose, asJSON bool) error {
	gold, err := eval.ReadGold(goldPath)
	if err != nil {
		return err
	}
	// Score exactly the gold articles whose files were given, so that
	// evaluating a subset does not count the rest as missed; a given file
	// that fails to load keeps its gold article and scores as all missed.
	// A corpus file given whole is scored on the records its gold names.
	var files []string
	for _, p := range paths {
		expanded, err := loaders.Expand([]string{p})
		if err != nil {
			expanded = []string{p} // reported by analyzeFiles; its gold counts as missed
		}
		files = append(files, expanded...)
	}
	scored := gold.Select(files)
	if len(scored.Articles) == 0 {
		return newsgraph.Errorf(newsgraph.EINVALID, "none of the files given has an article in %s (gold articles are matched by base file name, or name#record for a corpus row)", goldPath)
	}
	// Rows of a corpus that the gold does not name are not reported as
	// unscored: the gold chose its rows.
	recordsOf := map[string]bool{}
	for _, a := range scored.Articles {
		if src := eval.SourceFile(a.File); src != a.File {
			recordsOf[src] = true
		}
	}

	ex, err := pipeline()
	if err != nil {
		return err
	}
	analyses, failed := analyzeFiles(ex, paths, cmd.ErrOrStderr())
	predicted := make([]eval.GoldArticle, 0, len(analyses))
	for _, a := range analyses {
		p := eval.FromAnalysis(a)
		if src := eval.SourceFile(p.File); src != p.File && recordsOf[src] {
			if _, ok := scored.Article(p.File); !ok {
				continue
			}
		}
		predicted = append(predicted, p)
	}
	rep := eval.Score(scored, predicted)
	out := cmd.OutOrStdout()
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			return newsgraph.Wrap(newsgraph.EINTERNAL, err, "writing report")
		}
	} else if err := rep.WriteText(out, verbose); err != nil {
		return newsgraph.Wrap(newsgraph.EINTERNAL, err, "writing report")
	}
	if len(rep.Unscored) > 0 && !asJSON {
		fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: %d article(s) have no gold entry and were not scored\n", len(rep.Unscored))
	}
	return failed
}

// nerTagger returns the mention tagger to score on GermEval. It is a
// variable so that tests can put a small tagger in its place.
var nerTagger = func() (germeval.Tagger, error) {
	return mentions.NewTagger(), nil
}

func runNEREval(cmd *cobra.Command, path string, verbose, asJSON bool) error {
	sentences, err := germeval.ReadFile(path)
	if err != nil {
		return err
	}
	tagger, err := nerTagger()
	if err != nil {
		return err
	}
	res, err := germeval.Run(tagger, sentences)
	if err != nil {
		return newsgraph.Wrap(newsgraph.EINTERNAL, err, "tagging %s", path)
	}
	out := cmd.OutOrStdout()
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return newsgraph.Wrap(newsgraph.EINTERNAL, err, "writing report")
		}
		return nil
	}
	if err := res.WriteText(out, sentences, verbose); err != nil {
		return newsgraph.Wrap(newsgraph.EINTERNAL, err, "writing report")
	}
	return nil
}
