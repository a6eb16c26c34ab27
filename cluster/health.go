package cluster

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

var httpClient = &http.Client{Timeout: 10 * time.Second}

// alphaHealthInfo is one entry of the alpha's /health answer.
type alphaHealthInfo struct {
	Instance string `json:"instance"`
	Status   string `json:"status"`
	Version  string `json:"version"`
}

// alphaHealth asks the alpha's /health endpoint; it answers 503 until the
// alpha has joined the zero and is ready to serve.
func alphaHealth(ctx context.Context, httpAddr string) (alphaHealthInfo, error) {
	body, code, err := httpDo(ctx, http.MethodGet, "http://"+httpAddr+"/health", "")
	if err != nil {
		return alphaHealthInfo{}, err
	}
	if code != http.StatusOK {
		return alphaHealthInfo{}, fmt.Errorf("/health answered %d: %s", code, truncate(strings.TrimSpace(body), 200))
	}
	var infos []alphaHealthInfo
	if err := json.Unmarshal([]byte(body), &infos); err != nil {
		return alphaHealthInfo{}, fmt.Errorf("/health answer is not JSON: %s", truncate(body, 200))
	}
	for _, h := range infos {
		if h.Instance == "alpha" {
			if h.Status != "healthy" {
				return h, fmt.Errorf("alpha status %q", h.Status)
			}
			return h, nil
		}
	}
	return alphaHealthInfo{}, fmt.Errorf("/health lists no alpha: %s", truncate(body, 200))
}

// zeroHealth asks the zero's /health endpoint, which answers "OK".
func zeroHealth(ctx context.Context, httpAddr string) error {
	body, code, err := httpDo(ctx, http.MethodGet, "http://"+httpAddr+"/health", "")
	if err != nil {
		return err
	}
	if code != http.StatusOK {
		return fmt.Errorf("zero /health answered %d: %s", code, truncate(strings.TrimSpace(body), 200))
	}
	return nil
}

// alterNoop sends an empty schema update through the alpha's /alter
// endpoint. It changes nothing, but succeeds only once the alpha accepts
// schema changes; while a background index build runs, Dgraph refuses
// with errIndexingInProgress and the caller retries.
func alterNoop(ctx context.Context, httpAddr string) error {
	body, code, err := httpDo(ctx, http.MethodPost, "http://"+httpAddr+"/alter", " ")
	if err != nil {
		return err
	}
	var resp struct {
		Data struct {
			Code string `json:"code"`
		} `json:"data"`
		Errors []struct {
			Message string `json:"message"`
		} `json:"errors"`
	}
	if err := json.Unmarshal([]byte(body), &resp); err != nil {
		return fmt.Errorf("/alter answered %d, not JSON: %s", code, truncate(body, 200))
	}
	if len(resp.Errors) > 0 {
		return fmt.Errorf("/alter: %s", resp.Errors[0].Message)
	}
	if resp.Data.Code != "Success" {
		return fmt.Errorf("/alter answered %d: %s", code, truncate(body, 200))
	}
	return nil
}

func httpDo(ctx context.Context, method, url, body string) (string, int, error) {
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, r)
	if err != nil {
		return "", 0, err
	}
	resp, err := httpClient.Do(req)
	if err != nil {
		return "", 0, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return string(data), resp.StatusCode, err
}
