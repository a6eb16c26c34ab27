package loaders_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	_ "github.com/newsgraph/newsgraph/loaders/all"
)

func TestFormatsRegistered(t *testing.T) {
	var got []string
	for _, f := range loaders.Formats() {
		if !strings.HasPrefix(f.Name, "test-") {
			got = append(got, f.Name)
		}
	}
	want := []string{"html", "dated", "taz", "nd", "10kgnad", "json", "plain"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Formats() = %v, want %v (priority order)", got, want)
	}
	if f, ok := loaders.Lookup("taz"); !ok || f.Name != "taz" {
		t.Error("Lookup(taz) failed")
	}
	if _, ok := loaders.Lookup("nope"); ok {
		t.Error("Lookup(nope) succeeded")
	}
}

func TestRegisterDuplicatePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("registering a name twice did not panic")
		}
	}()
	loaders.Register(loaders.Format{Name: "taz", Read: func(string, []byte) ([]newsgraph.Article, error) { return nil, nil }})
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		want    string
		wantErr string
	}{
		{"utf-8", []byte("Grüße\n"), "Grüße\n", ""},
		{"utf-8 BOM", []byte("\ufeffGrüße"), "Grüße", ""},
		{"utf-16le BOM", []byte{0xff, 0xfe, 'G', 0, 0xfc, 0, 'n', 0}, "Gün", ""},
		{"utf-16be BOM", []byte{0xfe, 0xff, 0, 'G', 0, 0xfc, 0, 'n'}, "Gün", ""},
		{"latin-1", []byte("Gr\xfc\xdfe aus K\xf6ln"), "Grüße aus Köln", ""},
		{"windows-1252 quotes", []byte("\x84Zitat\x93 \x96 Ende"), "„Zitat“ – Ende", ""},
		{"CRLF and CR", []byte("a\r\nb\rc"), "a\nb\nc", ""},
		{"NFD to NFC", []byte("Gru\u0308n"), "Grün", ""},
		{"cut mid-character at the end", []byte("Grün\xc3"), "Grün", ""},
		{"empty", nil, "", "file is empty"},
		{"blank", []byte(" \n\t "), "", "file is empty"},
		{"BOM only", []byte("\ufeff"), "", "file is empty"},
		{"NUL", []byte("Text\x00mehr"), "", "binary file, not text (NUL byte at offset 4;"},
		{"control characters", bytes.Repeat([]byte("ab\x01"), 50), "", "binary file, not text"},
		{"mixed encodings", []byte("Grüße\nzweite Zeile K\xf6ln"), "", "not valid UTF-8 at line 2"},
		{"undefined in windows-1252", []byte("abc\x81def"), "", "neither UTF-8 nor Windows-1252"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := loaders.Decode("f.txt", tt.in)
			if tt.wantErr != "" {
				if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), "f.txt: "+tt.wantErr) {
					t.Errorf("error %v, want EINVALID %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || string(got) != tt.want {
				t.Errorf("got %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestReadBytesFillsCommonFields(t *testing.T) {
	arts, err := loaders.ReadBytes("some/dir/notiz.txt", []byte("Titel\n\nDer Text  mit Leerzeichen.   \n\n\n\nZweiter Absatz."))
	if err != nil {
		t.Fatal(err)
	}
	want := newsgraph.Article{
		File: "notiz.txt", Format: "plain", Source: "unknown", Title: "Titel",
		Text: "Der Text  mit Leerzeichen.\n\nZweiter Absatz.",
	}
	want.XID = newsgraph.ArticleXID(want.Text)
	if len(arts) != 1 || !reflect.DeepEqual(arts[0], want) {
		t.Errorf("got %#v\nwant %#v", arts, want)
	}
}

func TestDetect(t *testing.T) {
	tests := []struct{ name, content, want string }{
		{"a.txt", "| # taz.de -- T | |\n| Text. | |", "taz"},
		{"a.txt", " date 2022-01 Text.", "dated"},
		{"a.txt", "Werbung\n\nT\n\n  • Lesedauer: 1 Min.\n\nText.", "nd"},
		{"a.txt", "Einfach Text.", "plain"},
		{"a.text", "Einfach Text.", "plain"},
		{"a.csv", "Web;'Text.'\r\n", "10kgnad"},
		{"a.dat", "Web;'Text.'\r\n", "10kgnad"},
		{"a.ndjson", `{"text":"x"}`, "json"},
		{"a.txt", `{"text":"x"}`, "json"},
		{"a.json", "kein JSON", "json"}, // only json claims .json: its reader explains the error
	}
	for _, tt := range tests {
		f, err := loaders.Detect(tt.name, []byte(tt.content))
		if err != nil || f.Name != tt.want {
			t.Errorf("Detect(%q, %.20q) = %q, %v; want %q", tt.name, tt.content, f.Name, err, tt.want)
		}
	}
	_, err := loaders.Detect("a.bin", []byte("Nichts Erkennbares"))
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), "a.bin: unknown format") {
		t.Errorf("unknown format: got %v", err)
	}
}

func TestReadBytesAs(t *testing.T) {
	arts, err := loaders.ReadBytesAs("plain", "x.json", []byte(`{"text":"x"}`))
	if err != nil || len(arts) != 1 || arts[0].Format != "plain" || arts[0].Text != `{"text":"x"}` {
		t.Errorf("override: got %v, %v", arts, err)
	}
	_, err = loaders.ReadBytesAs("nope", "x.txt", []byte("Text"))
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), `unknown format "nope"`) {
		t.Errorf("unknown override: got %v", err)
	}
}

func TestSizeLimits(t *testing.T) {
	defer func(a, c int64) { loaders.MaxArticleBytes, loaders.MaxCorpusBytes = a, c }(loaders.MaxArticleBytes, loaders.MaxCorpusBytes)
	loaders.MaxArticleBytes, loaders.MaxCorpusBytes = 100, 1000
	big := []byte(strings.Repeat("Ein Satz. ", 20)) // 200 bytes
	_, err := loaders.ReadBytes("gross.txt", big)
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), "gross.txt: file is 200 bytes, more than the limit of 100 bytes (loaders.MaxArticleBytes)") {
		t.Errorf("article over limit: got %v", err)
	}
	// A corpus format may be larger than one article …
	csv := []byte(strings.Repeat("Web;'Ein Satz.'\n", 12)) // 192 bytes
	if arts, err := loaders.ReadBytes("k.csv", csv); err != nil || len(arts) != 12 {
		t.Errorf("corpus under its limit: %d articles, %v", len(arts), err)
	}
	// … but not larger than MaxCorpusBytes, checked before reading a file.
	path := filepath.Join(t.TempDir(), "riesig.csv")
	if err := os.WriteFile(path, bytes.Repeat(csv, 10), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = loaders.ReadFile(path)
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), "loaders.MaxCorpusBytes") {
		t.Errorf("file over corpus limit: got %v", err)
	}
	_, err = loaders.ReadReaderAs("", "stdin", bytes.NewReader(bytes.Repeat(csv, 10)))
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), "stdin: file is") {
		t.Errorf("stream over corpus limit: got %v", err)
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	_, err := loaders.ReadFile(filepath.Join(dir, "fehlt.txt"))
	if newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("missing file: got %v", err)
	}
	_, err = loaders.ReadFile(dir)
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("directory: got %v", err)
	}
	path := filepath.Join(dir, "bild.txt")
	if err := os.WriteFile(path, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = loaders.ReadFile(path)
	if newsgraph.ErrorCode(err) != newsgraph.EINVALID || !strings.Contains(err.Error(), path+": binary file") {
		t.Errorf("binary: got %v", err)
	}
}

func TestPanickingReaderBecomesError(t *testing.T) {
	if _, ok := loaders.Lookup("test-panics"); !ok { // -count=N runs this N times
		loaders.Register(loaders.Format{Name: "test-panics", Extensions: []string{".panic"},
			Sniff: func([]byte) bool { return false }, // never chosen unless named
			Read:  func(string, []byte) ([]newsgraph.Article, error) { panic("boom") }})
	}
	_, err := loaders.ReadBytesAs("test-panics", "x.panic", []byte("Text"))
	if newsgraph.ErrorCode(err) != newsgraph.EINTERNAL || !strings.Contains(err.Error(), "x.panic: test-panics reader failed: boom") {
		t.Errorf("got %v", err)
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	files := []string{
		"b.txt", "a.txt", "sub/c.csv", "sub/deep/d.json", "sub/e.exe", ".hidden.txt",
		".git/f.txt", "sub/.cache/g.txt", "README", "x.md", "sub/notes.text",
	}
	for _, f := range files {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("Text"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	odd := filepath.Join(dir, "sub", "e.exe")
	got, err := loaders.Expand([]string{dir, "-", odd, filepath.Join(dir, "a.txt")})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"),
		filepath.Join(dir, "sub", "c.csv"), filepath.Join(dir, "sub", "deep", "d.json"),
		filepath.Join(dir, "sub", "notes.text"),
		"-", odd,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Expand\n got %q\nwant %q", got, want)
	}
	_, err = loaders.Expand([]string{filepath.Join(dir, "fehlt")})
	if newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
		t.Errorf("missing path: got %v", err)
	}
}

// Standard input has no extension: plain text still loads.
func TestReadStdinLikePlainText(t *testing.T) {
	arts, err := loaders.ReadReaderAs("", "stdin", strings.NewReader("Titel\n\nEin Satz."))
	if err != nil || len(arts) != 1 || arts[0].Format != "plain" || arts[0].File != "stdin" {
		t.Errorf("got %+v, %v", arts, err)
	}
}
