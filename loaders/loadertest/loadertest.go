// Package loadertest is the test suite every input format must pass. A
// format package calls Run from its external test package with a few
// sample files it wrote itself:
//
//	func TestSuite(t *testing.T) {
//		loadertest.Run(t, taz.Format, loadertest.Samples(t, "testdata"))
//	}
//
// Run imports loaders/all, so detection is checked against every other
// registered format.
package loadertest

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/loaders"
	_ "github.com/newsgraph/newsgraph/loaders/all" // detection sees every format
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// Sample is a file the format must read and recognise.
type Sample struct {
	Name string // base name; its extension takes part in detection
	Data []byte
}

// Samples loads every non-hidden file of dir.
func Samples(t testing.TB, dir string) []Sample {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("samples: %v", err)
	}
	var out []Sample
	for _, e := range entries {
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, Sample{Name: e.Name(), Data: data})
	}
	if len(out) == 0 {
		t.Fatalf("samples: no files in %s", dir)
	}
	return out
}

// Run checks f against the properties every format shares.
func Run(t *testing.T, f loaders.Format, samples []Sample) {
	t.Helper()
	if _, ok := loaders.Lookup(f.Name); !ok {
		t.Fatalf("format %q is not registered", f.Name)
	}
	if len(f.Extensions) == 0 {
		t.Errorf("format %q claims no file extension", f.Name)
	}
	for _, s := range samples {
		t.Run(s.Name, func(t *testing.T) {
			want := checkRead(t, f, s)
			t.Run("detect", func(t *testing.T) { checkDetect(t, f, s) })
			t.Run("deterministic", func(t *testing.T) {
				again, err := loaders.ReadBytesAs(f.Name, s.Name, s.Data)
				if err != nil || !reflect.DeepEqual(again, want) {
					t.Errorf("second read differs (err %v)", err)
				}
			})
			t.Run("equivalent-encodings", func(t *testing.T) { checkEncodings(t, f, s, want) })
			t.Run("truncated", func(t *testing.T) { checkTruncated(t, f, s) })
			t.Run("corrupted", func(t *testing.T) { checkCorrupted(t, f, s) })
		})
	}
	t.Run("empty", func(t *testing.T) {
		for _, in := range []string{"", " \n\t\n", "\ufeff"} {
			_, err := loaders.ReadBytesAs(f.Name, "empty"+f.Extensions[0], []byte(in))
			wantInvalid(t, err, "empty")
		}
	})
}

// checkRead reads s and checks what every article must satisfy.
func checkRead(t *testing.T, f loaders.Format, s Sample) []newsgraph.Article {
	t.Helper()
	arts, err := loaders.ReadBytesAs(f.Name, "dir/"+s.Name, s.Data)
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	if len(arts) == 0 {
		t.Fatal("no articles")
	}
	for i, a := range arts {
		switch {
		case strings.TrimSpace(a.Text) == "":
			t.Errorf("article %d: empty text", i)
		case !norm.NFC.IsNormalString(a.Text) || !norm.NFC.IsNormalString(a.Title):
			t.Errorf("article %d: text or title not NFC", i)
		case strings.ContainsAny(a.Text, "\r\x00"):
			t.Errorf("article %d: CR or NUL in text", i)
		case !utf8.ValidString(a.Text):
			t.Errorf("article %d: text not UTF-8", i)
		case a.XID != newsgraph.ArticleXID(a.Text):
			t.Errorf("article %d: XID %q is not ArticleXID(Text)", i, a.XID)
		case a.Format != f.Name:
			t.Errorf("article %d: Format %q, want %q", i, a.Format, f.Name)
		case a.File != s.Name && !(f.Corpus && strings.HasPrefix(a.File, s.Name+"#")):
			t.Errorf("article %d: File %q, want base name %q (or %q for a corpus record)", i, a.File, s.Name, s.Name+"#<id>")
		case a.Source == "":
			t.Errorf("article %d: empty Source (want a name or \"unknown\")", i)
		case a.Date != "" && !isISODate(a.Date):
			t.Errorf("article %d: Date %q is not ISO 8601", i, a.Date)
		}
		if strings.TrimSpace(a.Title) != a.Title || strings.Contains(a.Title, "\n") {
			t.Errorf("article %d: title %q not trimmed to one line", i, a.Title)
		}
	}
	return arts
}

func isISODate(s string) bool {
	for _, layout := range []string{"0000", "0000-00", "0000-00-00"} {
		if len(s) != len(layout) {
			continue
		}
		for i := range s {
			if layout[i] == '0' && (s[i] < '0' || s[i] > '9') || layout[i] == '-' && s[i] != '-' {
				return false
			}
		}
		return true
	}
	return false
}

// checkDetect: content alone (a neutral name), and content with the
// sample's own name, both select f.
func checkDetect(t *testing.T, f loaders.Format, s Sample) {
	names := []string{s.Name}
	if f.Sniff != nil {
		names = append(names, "unnamed")
		head := s.Data
		if len(head) > loaders.SniffBytes {
			head = head[:loaders.SniffBytes]
		}
		if !f.Sniff(head) {
			t.Errorf("%s.Sniff rejects its own sample", f.Name)
		}
	}
	for _, name := range names {
		arts, err := loaders.ReadBytes(name, s.Data)
		if err != nil {
			t.Errorf("ReadBytes(%q): %v", name, err)
			continue
		}
		if arts[0].Format != f.Name {
			t.Errorf("ReadBytes(%q) detected %q, want %q", name, arts[0].Format, f.Name)
		}
	}
}

// checkEncodings: CRLF line ends, a UTF-8 BOM, UTF-16 and Windows-1252
// (where the text fits) give the same articles.
func checkEncodings(t *testing.T, f loaders.Format, s Sample, want []newsgraph.Article) {
	variants := map[string][]byte{
		"crlf": bytes.ReplaceAll(s.Data, []byte("\n"), []byte("\r\n")),
		"bom":  append([]byte("\ufeff"), s.Data...),
	}
	if cp, err := charmap.Windows1252.NewEncoder().Bytes(s.Data); err == nil {
		variants["windows-1252"] = cp
	}
	u16 := []byte{0xff, 0xfe}
	for _, r := range string(s.Data) {
		if r > 0xffff {
			u16 = nil
			break
		}
		u16 = append(u16, byte(r), byte(r>>8))
	}
	if u16 != nil {
		variants["utf-16le"] = u16
	}
	for v, data := range variants {
		got, err := loaders.ReadBytesAs(f.Name, "dir/"+s.Name, data)
		if err != nil {
			t.Errorf("%s: %v", v, err)
			continue
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: articles differ from the UTF-8 original", v)
		}
	}
}

// checkTruncated: every cut of the file, also mid-character, reads or
// fails cleanly.
func checkTruncated(t *testing.T, f loaders.Format, s Sample) {
	step := max(1, len(s.Data)/64)
	for n := 0; n < len(s.Data); n += step {
		arts, err := loaders.ReadBytesAs(f.Name, s.Name, s.Data[:n])
		cleanOutcome(t, "cut at "+strconv.Itoa(n), arts, err)
	}
	// cut inside the first multi-byte character
	for i, r := range string(s.Data) {
		if utf8.RuneLen(r) > 1 {
			arts, err := loaders.ReadBytesAs(f.Name, s.Name, s.Data[:i+1])
			cleanOutcome(t, "cut mid-character", arts, err)
			break
		}
	}
}

// checkCorrupted: binary junk, a NUL and a stray invalid byte amid UTF-8
// are rejected with EINVALID; random noise never panics.
func checkCorrupted(t *testing.T, f loaders.Format, s Sample) {
	mid := len(s.Data) / 2
	withNUL := append(append(append([]byte{}, s.Data[:mid]...), 0), s.Data[mid:]...)
	_, err := loaders.ReadBytesAs(f.Name, s.Name, withNUL)
	wantInvalid(t, err, "NUL byte")

	if bytes.ContainsFunc(s.Data, func(r rune) bool { return r > 0x7f }) {
		mixed := append(append([]byte{}, s.Data...), "\n\xe4\n"...)
		_, err = loaders.ReadBytesAs(f.Name, s.Name, mixed)
		wantInvalid(t, err, "mixed encodings")
	}

	rng := rand.New(rand.NewPCG(1, uint64(len(s.Data))))
	for i := 0; i < 20; i++ {
		noise := make([]byte, 512)
		for j := range noise {
			noise[j] = byte(rng.UintN(256))
		}
		_, err := loaders.ReadBytesAs(f.Name, s.Name, noise)
		wantInvalid(t, err, "random bytes")

		// flip a few bytes of the real file: any outcome but a panic or an
		// internal error is fine
		damaged := append([]byte{}, s.Data...)
		for k := 0; k < 3; k++ {
			damaged[rng.IntN(len(damaged))] = byte(rng.UintN(128))
		}
		arts, err := loaders.ReadBytesAs(f.Name, s.Name, damaged)
		cleanOutcome(t, "flipped bytes", arts, err)
	}
}

func cleanOutcome(t *testing.T, what string, arts []newsgraph.Article, err error) {
	t.Helper()
	if err != nil {
		if code := newsgraph.ErrorCode(err); code != newsgraph.EINVALID {
			t.Errorf("%s: error code %q, want %q: %v", what, code, newsgraph.EINVALID, err)
		}
	}
	for _, a := range arts {
		if strings.TrimSpace(a.Text) == "" || a.XID == "" {
			t.Errorf("%s: article without text or XID returned", what)
		}
	}
}

func wantInvalid(t *testing.T, err error, what string) {
	t.Helper()
	var e *newsgraph.Error
	switch {
	case err == nil:
		t.Errorf("%s: no error", what)
	case !errors.As(err, &e) || newsgraph.ErrorCode(err) != newsgraph.EINVALID:
		t.Errorf("%s: want an EINVALID newsgraph.Error, got %v", what, err)
	}
}
