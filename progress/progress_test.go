package progress

import (
	"bytes"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// clock is a manual clock for the rate and ETA computations.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func TestLinesMode(t *testing.T) {
	var buf bytes.Buffer
	c := &clock{t: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	r := newReporter(&buf, 10, Options{Mode: Lines, Interval: 2 * time.Second}, c.now)

	c.t = c.t.Add(time.Second)
	r.Done("a.txt", nil) // within the interval: no line
	if buf.Len() != 0 {
		t.Fatalf("line before the interval: %q", buf.String())
	}
	c.t = c.t.Add(time.Second)
	r.Done("b.txt", nil) // 2 done in 2s: 1/s, 8 left: eta 8s
	out := buf.String()
	for _, want := range []string{"msg=progress", "done=2", "total=10", "errors=0", "rate=1.0/s", "eta=8s"} {
		if !strings.Contains(out, want) {
			t.Errorf("progress line %q lacks %q", out, want)
		}
	}
	buf.Reset()
	r.Done("c.txt", newsgraph.Errorf(newsgraph.EINVALID, "c.txt: not UTF-8"))
	out = buf.String()
	if !strings.Contains(out, "level=ERROR") || !strings.Contains(out, "c.txt: not UTF-8") {
		t.Errorf("error not reported at once: %q", out)
	}
	buf.Reset()
	c.t = c.t.Add(time.Second)
	s := r.Finish()
	if s.Done != 3 || s.Errors != 1 || s.Total != 10 || s.Elapsed != 3*time.Second {
		t.Errorf("summary %+v", s)
	}
	if out := buf.String(); !strings.Contains(out, "msg=finished") || !strings.Contains(out, "done=3") || !strings.Contains(out, "errors=1") {
		t.Errorf("summary line %q", out)
	}
	buf.Reset()
	r.Done("late.txt", nil)
	if again := r.Finish(); again != s || buf.Len() != 0 {
		t.Errorf("second Finish: %+v, output %q", again, buf.String())
	}
}

func TestInternalErrorMessageHidden(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, 1, Options{Mode: Lines})
	r.Done("x.txt", errors.New("boom"))
	if !strings.Contains(buf.String(), "boom") {
		t.Errorf("internal error cause missing from the operator's log: %q", buf.String())
	}
}

func TestBarMode(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, 0, Options{Mode: Bar, Unit: "files"})
	r.AddTotal(3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var err error
			if i == 1 {
				err = newsgraph.Errorf(newsgraph.EINVALID, "b.txt: empty file")
			}
			r.Done("file", err)
		}(i)
	}
	wg.Wait()
	s := r.Finish()
	if s.Done != 3 || s.Errors != 1 || s.Total != 3 {
		t.Errorf("summary %+v", s)
	}
	out := buf.String()
	for _, want := range []string{"3/3", "files/s", "(1 errors)", "error: file: b.txt: empty file"} {
		if !strings.Contains(out, want) {
			t.Errorf("bar output lacks %q:\n%q", want, out)
		}
	}
}

func TestAutoModeOnPipeIsLines(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, 2, Options{})
	if r.bar != nil || r.opts.Mode != Lines {
		t.Fatal("a buffer is not a terminal: want Lines mode")
	}
	if IsTerminal(&buf) {
		t.Fatal("IsTerminal(buffer) = true")
	}
}

func TestWriteAndSilentErrors(t *testing.T) {
	for _, mode := range []Mode{Bar, Lines} {
		var buf bytes.Buffer
		r := New(&buf, 2, Options{Mode: mode, SilentErrors: true})
		if _, err := r.Write([]byte("newsgraph: a.txt: empty file\n")); err != nil {
			t.Fatal(err)
		}
		r.Done("a.txt", newsgraph.Errorf(newsgraph.EINVALID, "a.txt: empty file"))
		r.Done("b.txt", nil)
		s := r.Finish()
		out := buf.String()
		if s.Errors != 1 || s.Done != 2 {
			t.Errorf("mode %d: summary %+v", mode, s)
		}
		if n := strings.Count(out, "a.txt: empty file"); n != 1 {
			t.Errorf("mode %d: the error shows %d times, want once (written by the caller):\n%q", mode, n, out)
		}
	}
}

func TestShortLoadWritesNoLines(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, 3, Options{Mode: Lines, Interval: time.Hour})
	r.Done("a", nil)
	r.Done("b", nil)
	if s := r.Finish(); s.Done != 2 || buf.Len() != 0 {
		t.Fatalf("summary %+v, output %q: want no lines", s, buf.String())
	}
}
