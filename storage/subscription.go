package storage

import (
	"encoding/json"
	"fmt"
	"time"

	bolt "go.etcd.io/bbolt"
)

// bucketSubscriptions maps a source name to its WebSub subscription
// (JSON: they are few and rarely written). It is made when the first is
// stored; a file without it has none.
var bucketSubscriptions = []byte("websub")

// Subscription is feedsieve's WebSub subscription for a source's feed at
// a hub. Secret signs the hub's deliveries and Token names the callback
// URL; neither is ever shown.
type Subscription struct {
	Source string `json:"source"`
	Hub    string `json:"hub"`
	Topic  string `json:"topic"`
	Token  string `json:"token"`
	Secret string `json:"secret"`
	// Mode is what was last asked of the hub: "subscribe" or
	// "unsubscribe"; Verified says the hub confirmed it (verification of
	// intent), Expires when a confirmed subscription's lease ends.
	Mode      string    `json:"mode"`
	Verified  bool      `json:"verified"`
	Requested time.Time `json:"requested"`
	Expires   time.Time `json:"expires,omitzero"`
	Error     string    `json:"error,omitempty"` // the last request's failure, or the hub's denial
}

// Subscriptions returns every stored subscription.
func (s *Store) Subscriptions() ([]Subscription, error) {
	var out []Subscription
	err := s.db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketSubscriptions)
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			var sub Subscription
			if err := json.Unmarshal(v, &sub); err != nil {
				return fmt.Errorf("subscription %q: %w", k, err)
			}
			out = append(out, sub)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read subscriptions in %s: %w", s.path, err)
	}
	return out, nil
}

// PutSubscription stores a source's subscription, replacing its last.
func (s *Store) PutSubscription(sub *Subscription) error {
	v, err := json.Marshal(sub)
	if err == nil {
		err = s.commits.update(func(tx *bolt.Tx) error {
			b, err := tx.CreateBucketIfNotExists(bucketSubscriptions)
			if err != nil {
				return err
			}
			return b.Put([]byte(sub.Source), v)
		})
	}
	if err != nil {
		return fmt.Errorf("store subscription of source %s in %s: %w", sub.Source, s.path, err)
	}
	return nil
}

// DeleteSubscription forgets a source's subscription.
func (s *Store) DeleteSubscription(source string) error {
	err := s.commits.update(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketSubscriptions); b != nil {
			return b.Delete([]byte(source))
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("delete subscription of source %s in %s: %w", source, s.path, err)
	}
	return nil
}
