/* Integer benchmark: sorting, hashing, a sieve, linked lists, a matrix product, CRC-32 and a tokenizer, checksummed. */
#include "bench.h"

/* Rounds of the whole mix; the Makefile sets it so one run takes a few seconds on Tabvisor. */
#ifndef ITERATIONS
#define ITERATIONS 10
#endif

/* xorshift32 (Marsaglia, "Xorshift RNGs", 2003): a reproducible stream, identical on every target. */
static uint32_t rng_state;
static uint32_t rnd(void)
{
	uint32_t x = rng_state;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return rng_state = x;
}

/* Mixes a value into a running checksum (a multiply-xorshift step, so order matters). */
static uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	return h * 0xff51afd7ed558ccdull;
}

/* ---- quicksort of random words (Hoare partition, insertion sort below 16): data-dependent branches ---- */
#define SORT_N 4096
static uint32_t sort_buf[SORT_N];

static void insertion_sort(uint32_t *a, int n)
{
	for (int i = 1; i < n; i++) {
		uint32_t v = a[i];
		int j = i - 1;
		while (j >= 0 && a[j] > v) {
			a[j + 1] = a[j];
			j--;
		}
		a[j + 1] = v;
	}
}

static void quick_sort(uint32_t *a, int n)
{
	while (n > 16) {
		uint32_t pivot = a[n / 2];
		int i = -1, j = n;
		for (;;) {
			do i++; while (a[i] < pivot);
			do j--; while (a[j] > pivot);
			if (i >= j)
				break;
			uint32_t t = a[i];
			a[i] = a[j];
			a[j] = t;
		}
		/* Recurse into the smaller half, loop on the larger: the stack stays logarithmic. */
		if (j + 1 < n - j - 1) {
			quick_sort(a, j + 1);
			a += j + 1;
			n -= j + 1;
		} else {
			quick_sort(a + j + 1, n - j - 1);
			n = j + 1;
		}
	}
	insertion_sort(a, n);
}

static uint64_t bench_sort(void)
{
	for (int i = 0; i < SORT_N; i++)
		sort_buf[i] = rnd();
	quick_sort(sort_buf, SORT_N);
	uint64_t h = 0;
	for (int i = 0; i < SORT_N; i += 61)
		h = mix(h, sort_buf[i]);
	for (int i = 1; i < SORT_N; i++)
		if (sort_buf[i - 1] > sort_buf[i])
			h = mix(h, 0xbad);
	return h;
}

/* ---- open-addressing hash table: inserts, hits and misses with linear probing ---- */
#define HASH_SLOTS 8192
#define HASH_KEYS 5000
static uint32_t hash_keys[HASH_SLOTS];
static uint32_t hash_vals[HASH_SLOTS];

static uint32_t hash32(uint32_t k)
{
	k ^= k >> 16;
	k *= 0x7feb352d;
	k ^= k >> 15;
	k *= 0x846ca68b;
	k ^= k >> 16;
	return k;
}

static uint64_t bench_hash(void)
{
	for (int i = 0; i < HASH_SLOTS; i++)
		hash_keys[i] = 0;
	uint32_t seed = rnd() | 1;
	for (uint32_t i = 0; i < HASH_KEYS; i++) {
		uint32_t key = (seed + i * 2654435761u) | 1; /* odd: 0 marks an empty slot */
		uint32_t s = hash32(key) & (HASH_SLOTS - 1);
		while (hash_keys[s] != 0 && hash_keys[s] != key)
			s = (s + 1) & (HASH_SLOTS - 1);
		hash_keys[s] = key;
		hash_vals[s] = i;
	}
	uint64_t found = 0, sum = 0;
	for (uint32_t i = 0; i < 2 * HASH_KEYS; i++) {
		/* Even i looks up an inserted key, odd i a key that was never inserted (even, so never present). */
		uint32_t key = (i & 1) ? (rnd() & ~1u) : ((seed + (i >> 1) * 2654435761u) | 1);
		uint32_t s = hash32(key) & (HASH_SLOTS - 1);
		while (hash_keys[s] != 0) {
			if (hash_keys[s] == key) {
				found++;
				sum += hash_vals[s];
				break;
			}
			s = (s + 1) & (HASH_SLOTS - 1);
		}
	}
	return mix(found, sum);
}

/* ---- sieve of Eratosthenes over bytes ---- */
#define SIEVE_N 65536
static uint8_t sieve[SIEVE_N];

static uint64_t bench_sieve(void)
{
	for (int i = 0; i < SIEVE_N; i++)
		sieve[i] = 1;
	sieve[0] = sieve[1] = 0;
	for (int i = 2; i * i < SIEVE_N; i++)
		if (sieve[i])
			for (int j = i * i; j < SIEVE_N; j += i)
				sieve[j] = 0;
	uint64_t count = 0, last = 0;
	for (int i = 0; i < SIEVE_N; i++)
		if (sieve[i]) {
			count++;
			last = (uint64_t)i;
		}
	return mix(count, last);
}

/* ---- singly linked list: built in random order, merge-sorted, walked ---- */
#define LIST_N 2048
struct node {
	struct node *next;
	int32_t value;
	uint32_t tag;
};
static struct node nodes[LIST_N];

static struct node *merge(struct node *a, struct node *b)
{
	struct node head, *tail = &head;
	while (a && b) {
		if (a->value <= b->value) {
			tail->next = a;
			a = a->next;
		} else {
			tail->next = b;
			b = b->next;
		}
		tail = tail->next;
	}
	tail->next = a ? a : b;
	return head.next;
}

/* Bottom-up merge sort with an array of sorted runs of length 2^k. */
static struct node *list_sort(struct node *list)
{
	struct node *runs[32] = { 0 };
	while (list) {
		struct node *one = list;
		list = list->next;
		one->next = 0;
		int k = 0;
		while (runs[k]) {
			one = merge(runs[k], one);
			runs[k++] = 0;
		}
		runs[k] = one;
	}
	struct node *out = 0;
	for (int k = 0; k < 32; k++)
		if (runs[k])
			out = merge(runs[k], out);
	return out;
}

static uint64_t bench_list(void)
{
	struct node *list = 0;
	for (int i = 0; i < LIST_N; i++) {
		/* Link nodes in a scattered order so the walk jumps around memory. */
		struct node *n = &nodes[(i * 769) & (LIST_N - 1)];
		n->value = (int32_t)(rnd() >> 8) - (1 << 23);
		n->tag = (uint32_t)i;
		n->next = list;
		list = n;
	}
	list = list_sort(list);
	uint64_t h = 0;
	int32_t prev = -(1 << 24);
	for (struct node *n = list; n; n = n->next) {
		if (n->value < prev)
			h = mix(h, 0xbad);
		prev = n->value;
		h += n->tag ^ (uint32_t)n->value;
	}
	return h;
}

/* ---- 32x32 integer matrix product ---- */
#define MAT_N 32
static int32_t mat_a[MAT_N][MAT_N], mat_b[MAT_N][MAT_N], mat_c[MAT_N][MAT_N];

static uint64_t bench_matrix(void)
{
	for (int i = 0; i < MAT_N; i++)
		for (int j = 0; j < MAT_N; j++) {
			mat_a[i][j] = (int32_t)(rnd() & 0xffff) - 0x8000;
			mat_b[i][j] = (int32_t)(rnd() & 0xffff) - 0x8000;
		}
	for (int i = 0; i < MAT_N; i++)
		for (int j = 0; j < MAT_N; j++) {
			int32_t s = 0;
			for (int k = 0; k < MAT_N; k++)
				s += mat_a[i][k] * mat_b[k][j];
			mat_c[i][j] = s;
		}
	uint64_t h = 0;
	for (int i = 0; i < MAT_N; i++)
		h = mix(h, (uint32_t)mat_c[i][(i * 7) & (MAT_N - 1)]);
	return h;
}

/* ---- CRC-32 (IEEE 802.3, reflected, bit by bit): shifts and a branch per bit ---- */
#define CRC_BYTES 2048
static uint8_t crc_buf[CRC_BYTES];

static uint64_t bench_crc(void)
{
	for (int i = 0; i < CRC_BYTES; i++)
		crc_buf[i] = (uint8_t)rnd();
	uint32_t crc = 0xffffffffu;
	for (int i = 0; i < CRC_BYTES; i++) {
		crc ^= crc_buf[i];
		for (int b = 0; b < 8; b++)
			crc = (crc & 1) ? (crc >> 1) ^ 0xedb88320u : crc >> 1;
	}
	return ~crc;
}

/* ---- a tokenizer's state machine over generated text: numbers, identifiers, operators, spaces ---- */
#define TEXT_BYTES 4096
static char text[TEXT_BYTES];

enum tok_state { SPACE, IDENT, NUMBER, HEX, OPERATOR, ERROR };

static uint64_t bench_tokens(void)
{
	static const char alphabet[] = "abcxyz_019 +-*/x0FF  ";
	for (int i = 0; i < TEXT_BYTES; i++)
		text[i] = alphabet[rnd() % (sizeof alphabet - 1)];
	enum tok_state st = SPACE;
	uint32_t counts[6] = { 0 };
	uint64_t value = 0, values = 0;
	for (int i = 0; i < TEXT_BYTES; i++) {
		char c = text[i];
		int digit = c >= '0' && c <= '9';
		int alpha = (c >= 'a' && c <= 'z') || c == '_' || (c >= 'A' && c <= 'F');
		enum tok_state next;
		switch (st) {
		case NUMBER:
			if (c == 'x' && value == 0) next = HEX;
			else if (digit) next = NUMBER;
			else if (alpha) next = ERROR;
			else next = c == ' ' ? SPACE : OPERATOR;
			break;
		case HEX:
			if (digit || (c >= 'A' && c <= 'F')) next = HEX;
			else if (alpha) next = ERROR;
			else next = c == ' ' ? SPACE : OPERATOR;
			break;
		case IDENT:
			next = (alpha || digit) ? IDENT : c == ' ' ? SPACE : OPERATOR;
			break;
		case ERROR:
			next = c == ' ' ? SPACE : ERROR;
			break;
		default: /* SPACE, OPERATOR: a new token starts */
			next = digit ? NUMBER : alpha ? IDENT : c == ' ' ? SPACE : OPERATOR;
			break;
		}
		if (next != st) {
			counts[next]++;
			if (st == NUMBER || st == HEX)
				values += value;
			value = 0;
		}
		if (next == NUMBER)
			value = value * 10 + (uint64_t)(c - '0');
		else if (next == HEX && c != 'x')
			value = value * 16 + (uint64_t)(digit ? c - '0' : c - 'A' + 10);
		st = next;
	}
	uint64_t h = values;
	for (int i = 0; i < 6; i++)
		h = mix(h, counts[i]);
	return h;
}

int main(void)
{
	uint64_t sum = 0;
	rng_state = 2463534242u;
	for (int it = 0; it < ITERATIONS; it++) {
		sum = mix(sum, bench_sort());
		sum = mix(sum, bench_hash());
		sum = mix(sum, bench_sieve());
		sum = mix(sum, bench_list());
		sum = mix(sum, bench_matrix());
		sum = mix(sum, bench_crc());
		sum = mix(sum, bench_tokens());
	}
	out_hex("checksum", sum);
	return 0;
}
