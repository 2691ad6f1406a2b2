package aggregator

import (
	"bytes"
	"crypto/sha256"

	"github.com/feedsieve/feedsieve/storage"
)

// bodyHash is the SHA-256 of a response's final URL and body: the same
// bytes from another URL resolve their relative links elsewhere.
func bodyHash(resp *Response) []byte {
	h := sha256.New()
	h.Write([]byte(resp.URL))
	h.Write([]byte{0})
	h.Write(resp.Body)
	return h.Sum(nil)
}

// sameBody reports whether resp is the response whose items the last
// successful poll stored.
func sameBody(st *storage.SourceState, resp *Response) bool {
	return st.Failures == 0 && len(st.BodyHash) > 0 && bytes.Equal(st.BodyHash, bodyHash(resp))
}
