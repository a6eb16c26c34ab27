package germeval

import (
	"bytes"
	"github.com/newsgraph/newsgraph/internal/sharedtest"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/eval"
)

// tiny is a hand-made GermEval file: two sentences, one with a nested
// label, a deriv and a part, the second without a trailing blank line.
const tiny = "#\thttp://example.org/a\t[2020-01-01]\t\n" +
	"1\tAnna\tB-PER\tO\n" +
	"2\tBeispiel\tI-PER\tO\n" +
	"3\treiste\tO\tO\n" +
	"4\tnach\tO\tO\n" +
	"5\tNeu\tB-LOC\tO\n" +
	"6\tStadt\tI-LOC\tO\n" +
	"7\t.\tO\tO\n" +
	"\n" +
	"#\thttp://example.org/b\t[2020-01-02]\t\n" +
	"1\tDie\tO\tO\n" +
	"2\tnordländische\tB-LOCderiv\tO\n" +
	"3\tBund-Sprecherin\tB-ORGpart\tO\n" +
	"4\tder\tO\tO\n" +
	"5\tBank\tB-ORG\tO\n" +
	"6\tvon\tI-ORG\tO\n" +
	"7\tNordland\tI-ORG\tB-LOC\n" +
	"8\tschwieg\tO\tO"

func TestRead(t *testing.T) {
	for name, in := range map[string]string{
		"LF":   tiny,
		"CRLF": strings.ReplaceAll(tiny, "\n", "\r\n"),
		"BOM":  "\ufeff" + tiny + "\n\n",
	} {
		t.Run(name, func(t *testing.T) {
			got, err := Read(strings.NewReader(in))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 2 {
				t.Fatalf("%d sentences, want 2", len(got))
			}
			s := got[1]
			if s.Source != "http://example.org/b\t[2020-01-02]" || s.Line != 11 {
				t.Errorf("source %q line %d", s.Source, s.Line)
			}
			if want := []string{"Die", "nordländische", "Bund-Sprecherin", "der", "Bank", "von", "Nordland", "schwieg"}; !reflect.DeepEqual(s.Tokens, want) {
				t.Errorf("tokens = %q", s.Tokens)
			}
			if s.Outer[2] != "B-ORGpart" || s.Inner[6] != "B-LOC" || s.Inner[0] != "O" {
				t.Errorf("outer %q inner %q", s.Outer, s.Inner)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	tests := map[string]struct{ in, want string }{
		"empty":           {"", "no sentences"},
		"only comments":   {"#\tx\n\n#\ty\n", "no sentences"},
		"bad label":       {"1\tAnna\tB_PER\tO\n", "line 1: bad label"},
		"bad inner label": {"1\tAnna\tB-PER\tX-LOC\n", "bad label"},
		"too few columns": {"1\tAnna\n", "line 1: want index"},
		"comma separated": {"label;text\nPolitik;Ein Satz.\n", "line 1: want index"},
		"not UTF-8":       {"1\tAnn\xe9\tB-PER\tO\n", "not UTF-8"},
		"huge line":       {strings.Repeat("x", maxLine+10), "not a GermEval file"},
		"empty token":     {"1\t\tO\tO\n", "empty token"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error = %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestChunks(t *testing.T) {
	tests := []struct {
		labels string
		base   bool
		want   []Chunk
	}{
		{"O O", false, nil},
		{"B-PER I-PER O", false, []Chunk{{"PER", 0, 2}}},
		{"I-PER I-PER", false, []Chunk{{"PER", 0, 2}}},                // I after O starts a chunk
		{"B-PER B-PER", false, []Chunk{{"PER", 0, 1}, {"PER", 1, 2}}}, // B always starts
		{"B-LOC I-ORG", false, []Chunk{{"LOC", 0, 1}, {"ORG", 1, 2}}}, // type change
		{"O I-ORG O I-ORG", false, []Chunk{{"ORG", 1, 2}, {"ORG", 3, 4}}},
		{"B-LOC I-LOCderiv", false, []Chunk{{"LOC", 0, 1}, {"LOCderiv", 1, 2}}},
		{"B-LOC I-LOCderiv", true, []Chunk{{"LOC", 0, 2}}},
		{"B-ORGpart O B-PERderiv", true, []Chunk{{"ORG", 0, 1}, {"PER", 2, 3}}},
	}
	for _, tt := range tests {
		var mapType func(string) string
		if tt.base {
			mapType = BaseType
		}
		got := Chunks(strings.Fields(tt.labels), mapType)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Chunks(%q, base=%v) = %v, want %v", tt.labels, tt.base, got, tt.want)
		}
	}
}

func TestBaseType(t *testing.T) {
	for in, want := range map[string]string{"LOC": "LOC", "LOCderiv": "LOC", "ORGpart": "ORG", "OTH": "OTH", "part": "part"} {
		if got := BaseType(in); got != want {
			t.Errorf("BaseType(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEvaluate(t *testing.T) {
	sents, err := Read(strings.NewReader(tiny))
	if err != nil {
		t.Fatal(err)
	}
	// Gold chunks: fine PER LOC | LOCderiv ORGpart ORG = 5, coarse the same count.
	replace := func(sentence int, labels string) [][]string {
		out := [][]string{sents[0].Outer, sents[1].Outer}
		if labels != "" {
			out[sentence] = strings.Fields(labels)
		}
		return out
	}
	allO := [][]string{strings.Fields("O O O O O O O"), strings.Fields("O O O O O O O O")}
	tests := []struct {
		name         string
		pred         [][]string
		fine, coarse eval.Counts
	}{
		{"perfect", replace(0, ""), eval.Counts{TP: 5}, eval.Counts{TP: 5}},
		{"nothing found", allO, eval.Counts{FN: 5}, eval.Counts{FN: 5}},
		{"boundary error", replace(0, "B-PER O O O B-LOC I-LOC O"), eval.Counts{TP: 4, FP: 1, FN: 1}, eval.Counts{TP: 4, FP: 1, FN: 1}},
		{"type error", replace(0, "B-ORG I-ORG O O B-LOC I-LOC O"), eval.Counts{TP: 4, FP: 1, FN: 1}, eval.Counts{TP: 4, FP: 1, FN: 1}},
		{"base type for deriv and part", replace(1, "O B-LOC B-ORG O B-ORG I-ORG I-ORG O"), eval.Counts{TP: 3, FP: 2, FN: 2}, eval.Counts{TP: 5}},
		{"invented chunk", replace(0, "B-PER I-PER B-OTH O B-LOC I-LOC O"), eval.Counts{TP: 5, FP: 1}, eval.Counts{TP: 5, FP: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, err := Evaluate(sents, tt.pred)
			if err != nil {
				t.Fatal(err)
			}
			if e.Fine.Chunks != tt.fine {
				t.Errorf("fine = %+v, want %+v", e.Fine.Chunks, tt.fine)
			}
			if e.Coarse.Chunks != tt.coarse {
				t.Errorf("coarse = %+v, want %+v", e.Coarse.Chunks, tt.coarse)
			}
			for _, r := range []Result{e.Fine, e.Coarse} {
				var sum eval.Counts
				for _, ts := range r.Types {
					sum.Add(ts.Counts)
				}
				if sum != r.Chunks {
					t.Errorf("%s: types sum to %+v, total %+v", r.Scheme, sum, r.Chunks)
				}
				if len(r.Errors) != r.Chunks.FP+r.Chunks.FN {
					t.Errorf("%s: %d errors listed for fp+fn=%d", r.Scheme, len(r.Errors), r.Chunks.FP+r.Chunks.FN)
				}
				if f := r.Chunks.F1(); math.IsNaN(f) {
					t.Errorf("%s: F1 is NaN", r.Scheme)
				}
			}
		})
	}
}

func TestEvaluateTokenAccuracy(t *testing.T) {
	sents, _ := Read(strings.NewReader(tiny))
	pred := [][]string{sents[0].Outer, strings.Fields("O B-LOC B-ORG O B-ORG I-ORG I-ORG O")}
	e, err := Evaluate(sents, pred)
	if err != nil {
		t.Fatal(err)
	}
	if e.Fine.Tokens != 15 || e.Fine.CorrectTokens != 13 || e.Coarse.CorrectTokens != 15 {
		t.Errorf("fine %d/%d coarse %d/%d", e.Fine.CorrectTokens, e.Fine.Tokens, e.Coarse.CorrectTokens, e.Coarse.Tokens)
	}
}

func TestEvaluateRejectsBadPredictions(t *testing.T) {
	sents, _ := Read(strings.NewReader(tiny))
	tests := map[string][][]string{
		"too few sentences": {sents[0].Outer},
		"too few labels":    {sents[0].Outer, {"O"}},
		"not BIO":           {sents[0].Outer, strings.Fields("O S-LOC O O O O O O")},
	}
	for name, pred := range tests {
		if _, err := Evaluate(sents, pred); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// capitalTagger marks every capitalised word after the first as a person:
// a crude but real Tagger, to exercise Run.
type capitalTagger struct{}

func (capitalTagger) Tag(tokens []string) []string {
	out := make([]string, len(tokens))
	for i, t := range tokens {
		out[i] = "O"
		if i > 0 && t != "" && strings.ToUpper(t[:1]) == t[:1] && strings.ToLower(t[:1]) != t[:1] {
			out[i] = "B-PER"
		}
	}
	return out
}

func TestRunAndWriteText(t *testing.T) {
	sents, _ := Read(strings.NewReader(tiny))
	e, err := Run(capitalTagger{}, sents)
	if err != nil {
		t.Fatal(err)
	}
	// Sentence 1: Beispiel, Neu, Stadt; sentence 2: Bund-Sprecherin, Bank, Nordland — all B-PER, none right.
	if e.Coarse.Chunks != (eval.Counts{FP: 6, FN: 5}) {
		t.Errorf("coarse = %+v", e.Coarse.Chunks)
	}
	var buf bytes.Buffer
	if err := e.WriteText(&buf, sents, true); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "missed LOC  Neu Stadt") || !strings.Contains(out, "false  PER  Bank") {
		t.Errorf("verbose output lacks errors:\n%s", out)
	}
	if !strings.HasSuffix(out, "NER F1 (coarse, 4 classes)=0.00 (fine, 12 labels)=0.00\n") {
		t.Errorf("summary line missing:\n%s", out)
	}
}

func TestDevFile(t *testing.T) {
	path := sharedtest.Path(t, "germeval2014", "NER-de-dev.tsv")
	sents, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2200 {
		t.Errorf("%d sentences, README says 2,200", len(sents))
	}
	gold := make([][]string, len(sents))
	for i, s := range sents {
		gold[i] = s.Outer
	}
	e, err := Evaluate(sents, gold)
	if err != nil {
		t.Fatal(err)
	}
	if e.Fine.Chunks.F1() != 1 || e.Coarse.Chunks.F1() != 1 || len(e.Coarse.Types) != 4 {
		t.Errorf("gold against itself: fine %+v coarse %+v types %v", e.Fine.Chunks, e.Coarse.Chunks, e.Coarse.Types)
	}
	if len(e.Fine.Types) < 10 {
		t.Errorf("only %d fine types in the dev set", len(e.Fine.Types))
	}
}

// conllevalChunks transliterates conlleval.pl's endOfChunk/startOfChunk
// (BIO subset) and its chunk bookkeeping, as a reference for Chunks.
func conllevalChunks(labels []string) []Chunk {
	split := func(l string) (string, string) {
		if l == "O" {
			return "O", ""
		}
		t, typ, _ := strings.Cut(l, "-")
		return t, typ
	}
	endOfChunk := func(prevTag, tag, prevType, typ string) bool {
		switch {
		case prevTag == "B" && (tag == "B" || tag == "O"):
			return true
		case prevTag == "I" && (tag == "B" || tag == "O"):
			return true
		case prevTag != "O" && prevType != typ:
			return true
		}
		return false
	}
	startOfChunk := func(prevTag, tag, prevType, typ string) bool {
		switch {
		case tag == "B":
			return true
		case prevTag == "O" && tag == "I":
			return true
		case tag != "O" && prevType != typ:
			return true
		}
		return false
	}
	var out []Chunk
	prevTag, prevType, start := "O", "", -1
	for i, l := range append(append([]string(nil), labels...), "O") {
		tag, typ := split(l)
		if start >= 0 && endOfChunk(prevTag, tag, prevType, typ) {
			out = append(out, Chunk{Type: prevType, Start: start, End: i})
			start = -1
		}
		if startOfChunk(prevTag, tag, prevType, typ) {
			start = i
		}
		prevTag, prevType = tag, typ
	}
	return out
}

func TestChunksAgreeWithConlleval(t *testing.T) {
	labels := []string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "I-LOCderiv", "B-ORGpart"}
	seed := uint32(7)
	next := func(n int) int { // xorshift: deterministic, no global state
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		return int(seed % uint32(n))
	}
	for range 5000 {
		seq := make([]string, 1+next(8))
		for i := range seq {
			seq[i] = labels[next(len(labels))]
		}
		got, want := Chunks(seq, nil), conllevalChunks(seq)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: Chunks = %v, conlleval = %v", seq, got, want)
		}
	}
}
