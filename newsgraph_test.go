package newsgraph

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

func TestArticleXID(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"white space folded", "Tokajew  entließ\nden Sekretär.", "Tokajew entließ den Sekretär.", true},
		{"CRLF and tabs", "a\r\nb\tc", "a b c", true},
		{"NFC and NFD agree", "Schangao\u0308sen", "Schangaösen", true},
		{"different words differ", "Tokajew entließ", "Tokajew entlässt", false},
		{"leading and trailing space", "  Text ", "Text", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ArticleXID(tt.a) == ArticleXID(tt.b); got != tt.same {
				t.Errorf("ArticleXID(%q)==ArticleXID(%q) is %v, want %v", tt.a, tt.b, got, tt.same)
			}
		})
	}
	// The streaming hash must equal the hash of the normalised text.
	text := "Almaty  am\n9. Januar: „Ruhe“ "
	sum := sha256.Sum256([]byte(NormalizeText(text)))
	if want := "article:" + hex.EncodeToString(sum[:12]); ArticleXID(text) != want {
		t.Errorf("ArticleXID = %s, want %s", ArticleXID(text), want)
	}
}

func TestExitCode(t *testing.T) {
	tests := []struct {
		err  error
		want int
	}{
		{nil, 0},
		{Errorf(EINVALID, "bad"), 2},
		{Errorf(ENOTFOUND, "x"), 3},
		{Errorf(ECONFLICT, "x"), 4},
		{Wrap(EUNAVAILABLE, errTest, "dgraph"), 5},
		{errTest, 1},
	}
	for _, tt := range tests {
		if got := ExitCode(tt.err); got != tt.want {
			t.Errorf("ExitCode(%v) = %d, want %d", tt.err, got, tt.want)
		}
	}
	if got := ErrorMessage(Wrap(EUNAVAILABLE, errTest, "alpha at %s", "localhost:9080")); got != "alpha at localhost:9080: boom" {
		t.Errorf("ErrorMessage = %q", got)
	}
}

type testError string

func (e testError) Error() string { return string(e) }

const errTest = testError("boom")
