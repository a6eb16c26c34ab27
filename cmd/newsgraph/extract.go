package main

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/eval"
	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/loaders"
	_ "github.com/newsgraph/newsgraph/loaders/all" // every input format
	"github.com/spf13/cobra"
)

var extractCmd = &cobra.Command{
	Use:   "extract [--format json|text] [--explain] FILE...",
	Short: "Extract entities and relations from article files and print them (no Dgraph)",
	Long: `extract reads article files (or directories, walked recursively; "-" is
standard input), runs the extraction pipeline on every article and prints
what it found. --format json prints {"articles":[...]} in the shape of the
gold file (see ../shared/gold/README.md), so the output can be compared
with, or turned into, an answer key. --explain adds, per article, every
mention with its byte offsets and cue, the resolver's merges, and each
relation's cue and evidence; with --format json the explanation goes to
standard error so standard output stays JSON.

A file that cannot be read is reported on standard error and skipped; the
others are still processed and the exit status is non-zero.`,
	Args: cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		format, _ := cmd.Flags().GetString("format")
		explain, _ := cmd.Flags().GetBool("explain")
		if format != "json" && format != "text" {
			return newsgraph.Errorf(newsgraph.EINVALID, "--format must be json or text, not %q", format)
		}
		ex, err := pipeline()
		if err != nil {
			return err
		}
		analyses, failed := analyzeFiles(ex, args, cmd.ErrOrStderr())
		out := cmd.OutOrStdout()
		explainTo := out
		if format == "json" {
			explainTo = cmd.ErrOrStderr()
			gold := eval.Gold{Articles: make([]eval.GoldArticle, 0, len(analyses))}
			for _, a := range analyses {
				gold.Articles = append(gold.Articles, eval.FromAnalysis(a))
			}
			enc := json.NewEncoder(out)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			if err := enc.Encode(gold); err != nil {
				return newsgraph.Wrap(newsgraph.EINTERNAL, err, "writing output")
			}
		}
		for _, a := range analyses {
			if format == "text" {
				writeAnalysis(out, a)
			}
			if explain {
				writeExplanation(explainTo, a)
			}
		}
		return failed
	},
}

func init() {
	f := extractCmd.Flags()
	f.String("format", "json", "output format: json (gold-file shape) or text")
	f.Bool("explain", false, "also print mentions with offsets and cues, merges, and relation cues")
	rootCmd.AddCommand(extractCmd)
}

// pipeline returns the extractor: the rule-based pipeline. It is a
// variable so that tests can put a small extractor in its place.
var pipeline = func() (newsgraph.Extractor, error) {
	return extract.New(), nil
}

// analyzeFiles reads every article in paths and extracts from it. A path
// or article that fails is reported on stderr, one line naming it, and
// skipped; the returned error (nil if none failed) says how many failed.
func analyzeFiles(ex newsgraph.Extractor, paths []string, stderr io.Writer) ([]newsgraph.Analysis, error) {
	var (
		out      []newsgraph.Analysis
		failures int
		total    int
	)
	fail := func(path string, err error) {
		failures++
		msg := newsgraph.ErrorMessage(err)
		if !strings.Contains(msg, path) {
			msg = path + ": " + msg
		}
		fmt.Fprintln(stderr, "newsgraph: "+msg)
	}
	for _, arg := range paths {
		files, err := loaders.Expand([]string{arg})
		if err != nil {
			total++
			fail(arg, err)
			continue
		}
		for _, path := range files {
			total++
			arts, err := loaders.ReadFile(path)
			if err != nil {
				fail(path, err)
				if len(arts) == 0 {
					continue
				}
			}
			for _, art := range arts {
				if art.File == "" && path != "-" {
					art.File = filepath.Base(path)
				}
				a, err := extractSafely(ex, art)
				if err != nil {
					fail(path, err)
					continue
				}
				out = append(out, a)
			}
		}
	}
	if failures > 0 {
		return out, newsgraph.Errorf(newsgraph.EINVALID, "%d of %d inputs failed (see above)", failures, total)
	}
	return out, nil
}

// extractSafely runs the extractor on one article, turning a panic into an
// error so that one bad article does not stop the others.
func extractSafely(ex newsgraph.Extractor, art newsgraph.Article) (a newsgraph.Analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = newsgraph.Errorf(newsgraph.EINTERNAL, "extraction failed on article %q: %v", articleName(art), r)
		}
	}()
	return ex.Extract(art), nil
}

func articleName(a newsgraph.Article) string {
	switch {
	case a.File != "" && a.Title != "":
		return a.File + ": " + a.Title
	case a.File != "":
		return a.File
	case a.Title != "":
		return a.Title
	}
	return a.XID
}

// writeAnalysis prints one analysis for people: entities by type, then
// relations with their evidence.
func writeAnalysis(w io.Writer, a newsgraph.Analysis) {
	g := eval.FromAnalysis(a)
	fmt.Fprintf(w, "== %s", articleName(a.Article))
	if meta := strings.Join(nonEmpty(a.Article.Source, a.Article.Date), ", "); meta != "" {
		fmt.Fprintf(w, " (%s)", meta)
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "entities (%d):\n", len(g.Entities))
	ents := append([]eval.GoldEntity(nil), g.Entities...)
	sort.SliceStable(ents, func(i, j int) bool { return ents[i].Type < ents[j].Type })
	for _, e := range ents {
		fmt.Fprintf(w, "  %-13s %s", e.Type, e.Name)
		if len(e.Aliases) > 0 {
			fmt.Fprintf(w, " (%s)", strings.Join(e.Aliases, "; "))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "relations (%d):\n", len(g.Relations))
	for _, r := range g.Relations {
		subj := "∅"
		if r.Subject != nil {
			subj = *r.Subject
		}
		fmt.Fprintf(w, "  %-15s %s → %s%s\n", r.Type, subj, r.Object, attrsText(r.Attrs))
		if r.Evidence != "" {
			fmt.Fprintf(w, "  %15s « %s »\n", "", r.Evidence)
		}
	}
	fmt.Fprintln(w)
}

func attrsText(a *eval.GoldAttrs) string {
	if a == nil {
		return ""
	}
	var parts []string
	if a.Count != 0 {
		parts = append(parts, fmt.Sprintf("count=%d", a.Count))
	}
	if a.Date != "" {
		parts = append(parts, "date="+a.Date)
	}
	if a.Role != "" {
		parts = append(parts, "role="+a.Role)
	}
	if a.Former {
		parts = append(parts, "former")
	}
	if len(parts) == 0 {
		return ""
	}
	return " [" + strings.Join(parts, " ") + "]"
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// writeExplanation prints why the pipeline found what it found: each
// mention with offsets and cue, the resolver's merges, each relation's cue.
func writeExplanation(w io.Writer, a newsgraph.Analysis) {
	fmt.Fprintf(w, "== explain %s\n", articleName(a.Article))
	fmt.Fprintln(w, "mentions:")
	type row struct {
		m   newsgraph.Mention
		key string
	}
	var rows []row
	for _, e := range a.Entities {
		for _, m := range e.Mentions {
			rows = append(rows, row{m, e.Key})
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].m.Span.Start < rows[j].m.Span.Start })
	for _, r := range rows {
		fmt.Fprintf(w, "  [%d,%d) s%d %-12s %q → %s", r.m.Span.Start, r.m.Span.End, r.m.Sentence, r.m.Type, r.m.Text, r.key)
		if r.m.Cue != "" {
			fmt.Fprintf(w, "  cue=%s", r.m.Cue)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "merges:")
	for _, m := range a.Merges {
		fmt.Fprintf(w, "  %q → %s  (%s, score %.2f)\n", m.Form, m.Into, m.Reason, m.Score)
	}
	fmt.Fprintln(w, "relations:")
	for _, r := range a.Relations {
		subj := r.Subject
		if subj == "" {
			subj = "∅"
		}
		fmt.Fprintf(w, "  %s(%s → %s) cue=%s confidence=%.2f sentence %d [%d,%d)\n", r.Type, subj, r.Object,
			orDash(r.Evidence.Cue), r.Evidence.Confidence, r.Evidence.Index, r.Evidence.Span.Start, r.Evidence.Span.End)
		if r.Evidence.Sentence != "" {
			fmt.Fprintf(w, "    « %s »\n", r.Evidence.Sentence)
		}
	}
	fmt.Fprintln(w)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
