/* Floating-point benchmark: an n-body simulation (double), a matrix product and vector normalisation (single). */
#include "bench.h"

/* Rounds of the whole mix; the Makefile sets it so one run takes a few seconds on Tabvisor. */
#ifndef ITERATIONS
#define ITERATIONS 10
#endif

/*
 * Every target must produce the same bits, so the build turns off contraction into fused multiply-adds
 * (-ffp-contract=off) and nothing here calls a libm function: + - * / sqrt are correctly rounded in IEEE 754.
 */
#define sqrt_d(x) __builtin_sqrt(x)
#define sqrt_f(x) __builtin_sqrtf(x)

static uint64_t mix(uint64_t h, uint64_t v)
{
	h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	return h * 0xff51afd7ed558ccdull;
}

static uint64_t bits_d(double d)
{
	union { double d; uint64_t u; } x = { .d = d };
	return x.u;
}

static uint32_t bits_f(float f)
{
	union { float f; uint32_t u; } x = { .f = f };
	return x.u;
}

/* ---- n-body (double): pairwise gravity, velocity and position updates, energy ---- */
#define BODIES 8
struct body {
	double x, y, z, vx, vy, vz, mass;
};
static struct body bodies[BODIES];

static void nbody_init(int round)
{
	for (int i = 0; i < BODIES; i++) {
		double a = (double)(i + 1);
		bodies[i].x = a * 1.25 - 5.0 + 0.01 * (double)round;
		bodies[i].y = 3.0 / a - 1.0;
		bodies[i].z = (double)(i % 3) * 0.75 - 0.5;
		bodies[i].vx = 0.01 * (double)(i - 4);
		bodies[i].vy = 0.02 / a;
		bodies[i].vz = -0.005 * (double)(i % 2);
		bodies[i].mass = 0.5 + 0.125 * (double)i;
	}
}

static void nbody_advance(double dt)
{
	for (int i = 0; i < BODIES; i++) {
		struct body *a = &bodies[i];
		for (int j = i + 1; j < BODIES; j++) {
			struct body *b = &bodies[j];
			double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
			double d2 = dx * dx + dy * dy + dz * dz + 0.01; /* softened so close passes stay finite */
			double mag = dt / (d2 * sqrt_d(d2));
			a->vx -= dx * b->mass * mag;
			a->vy -= dy * b->mass * mag;
			a->vz -= dz * b->mass * mag;
			b->vx += dx * a->mass * mag;
			b->vy += dy * a->mass * mag;
			b->vz += dz * a->mass * mag;
		}
	}
	for (int i = 0; i < BODIES; i++) {
		bodies[i].x += dt * bodies[i].vx;
		bodies[i].y += dt * bodies[i].vy;
		bodies[i].z += dt * bodies[i].vz;
	}
}

static double nbody_energy(void)
{
	double e = 0.0;
	for (int i = 0; i < BODIES; i++) {
		struct body *a = &bodies[i];
		e += 0.5 * a->mass * (a->vx * a->vx + a->vy * a->vy + a->vz * a->vz);
		for (int j = i + 1; j < BODIES; j++) {
			struct body *b = &bodies[j];
			double dx = a->x - b->x, dy = a->y - b->y, dz = a->z - b->z;
			e -= a->mass * b->mass / sqrt_d(dx * dx + dy * dy + dz * dz + 0.01);
		}
	}
	return e;
}

static uint64_t bench_nbody(int round)
{
	nbody_init(round);
	uint64_t h = bits_d(nbody_energy());
	for (int step = 0; step < 2000; step++)
		nbody_advance(0.001);
	h = mix(h, bits_d(nbody_energy()));
	return mix(h, bits_d(bodies[0].x));
}

/* ---- single-precision matrix product, then its rows normalised (sqrt, division) and converted to integers ---- */
#define MAT_N 40
static float mat_a[MAT_N][MAT_N], mat_b[MAT_N][MAT_N], mat_c[MAT_N][MAT_N];

static uint64_t bench_matrix(int round)
{
	for (int i = 0; i < MAT_N; i++)
		for (int j = 0; j < MAT_N; j++) {
			mat_a[i][j] = (float)((i * 7 + j * 3 + round) % 17) * 0.125f - 1.0f;
			mat_b[i][j] = 1.0f / (float)(1 + ((i + 2 * j + round) % 13));
		}
	for (int i = 0; i < MAT_N; i++)
		for (int j = 0; j < MAT_N; j++) {
			float s = 0.0f;
			for (int k = 0; k < MAT_N; k++)
				s += mat_a[i][k] * mat_b[k][j];
			mat_c[i][j] = s;
		}
	uint64_t h = 0;
	for (int i = 0; i < MAT_N; i++) {
		float norm = 0.0f;
		for (int j = 0; j < MAT_N; j++)
			norm += mat_c[i][j] * mat_c[i][j];
		norm = sqrt_f(norm) + 1e-6f;
		int32_t quantised = 0;
		for (int j = 0; j < MAT_N; j++) {
			mat_c[i][j] /= norm;
			quantised += (int32_t)(mat_c[i][j] * 1000.0f);
		}
		h = mix(h, bits_f(mat_c[i][i]) ^ (uint32_t)quantised);
	}
	return h;
}

/* ---- double dot products and a polynomial series with divisions ---- */
#define VEC_N 1024
static double vec_x[VEC_N], vec_y[VEC_N];

static uint64_t bench_vectors(int round)
{
	for (int i = 0; i < VEC_N; i++) {
		vec_x[i] = (double)(i - VEC_N / 2) / (double)(round + 3);
		vec_y[i] = 1.0 / (double)(i + 1 + round);
	}
	double dot = 0.0, harmonic = 0.0, roots = 0.0;
	for (int i = 0; i < VEC_N; i++) {
		dot += vec_x[i] * vec_y[i];
		harmonic += 1.0 / (vec_x[i] * vec_x[i] + 1.0);
		roots += sqrt_d(vec_y[i]);
	}
	return mix(mix(bits_d(dot), bits_d(harmonic)), bits_d(roots));
}

int main(void)
{
	uint64_t sum = 0;
	for (int it = 0; it < ITERATIONS; it++) {
		sum = mix(sum, bench_nbody(it));
		sum = mix(sum, bench_matrix(it));
		sum = mix(sum, bench_vectors(it));
	}
	out_hex("checksum", sum);
	return 0;
}
