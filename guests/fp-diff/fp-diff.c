// fp-diff: runs every RV64F/RV64D operation on special and pseudo-random operands in every rounding mode and prints,
// per (operation, rounding mode), the number of operations and a hash of every result's bits and fflags.
//
// Bare metal for QEMU's virt machine (-bios none): output on the ns16550 UART, exit through the sifive test device.
// The same ELF runs on QEMU and on Tabvisor; their outputs must be identical. Build with -DFPDIFF_VERBOSE to print
// every operation ("V name rm frm a b c result flags") for locating a mismatch; FPDIFF_RANDOM sets the number of
// random operand sets per group and FPDIFF_SEED the generator's seed.

typedef unsigned long u64;
typedef unsigned int u32;

#ifndef FPDIFF_RANDOM
#define FPDIFF_RANDOM 30000
#endif
#ifndef FPDIFF_SEED
#define FPDIFF_SEED 0x9e3779b97f4a7c15UL
#endif

// ---- console (ns16550a at 0x1000_0000: THR at 0, LSR at 5, LSR bit 5 = transmit holding register empty) ----

static void put_char(char c) {
  volatile unsigned char *uart = (volatile unsigned char *)0x10000000UL;
  while ((uart[5] & 0x20) == 0) {
  }
  uart[0] = (unsigned char)c;
}

static void put_string(const char *s) {
  while (*s) put_char(*s++);
}

static void put_hex(u64 value, int digits) {
  for (int i = digits - 1; i >= 0; i--) put_char("0123456789abcdef"[(value >> (4 * i)) & 15]);
}

static void put_decimal(u64 value) {
  char buffer[24];
  int n = 0;
  do {
    buffer[n++] = (char)('0' + value % 10);
    value /= 10;
  } while (value != 0);
  while (n > 0) put_char(buffer[--n]);
}

// ---- the operations, as raw encodings (.insn) so that every rm value assembles whatever the binutils version ----
// Operands travel as raw 64-bit patterns: fmv.d.x puts them in f registers unchanged (a single that is not NaN-boxed
// stays so), and fmv.x.d reads the whole result register back (the NaN box included).

#define ASM_FF_F(f7, rs2, rm) \
  __asm__ volatile("fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\t.insn r 0x53, " #rm ", " #f7 ", ft3, ft0, ft1\n\t" \
                   "fmv.x.d %0, ft3" : "=r"(r) : "r"(a), "r"(b) : "ft0", "ft1", "ft3")
#define ASM_F_F(f7, rs2, rm) \
  __asm__ volatile("fmv.d.x ft0, %1\n\t.insn r 0x53, " #rm ", " #f7 ", ft3, ft0, " #rs2 "\n\t" \
                   "fmv.x.d %0, ft3" : "=r"(r) : "r"(a) : "ft0", "ft3")
#define ASM_FFF_F(opcode, fmt, rm) \
  __asm__ volatile("fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\tfmv.d.x ft2, %3\n\t" \
                   ".insn r4 " #opcode ", " #rm ", " #fmt ", ft3, ft0, ft1, ft2\n\tfmv.x.d %0, ft3" \
                   : "=r"(r) : "r"(a), "r"(b), "r"(c) : "ft0", "ft1", "ft2", "ft3")
#define ASM_FF_X(f7, rs2, rm) \
  __asm__ volatile("fmv.d.x ft0, %1\n\tfmv.d.x ft1, %2\n\t.insn r 0x53, " #rm ", " #f7 ", %0, ft0, ft1" \
                   : "=r"(r) : "r"(a), "r"(b) : "ft0", "ft1")
#define ASM_F_X(f7, rs2, rm) \
  __asm__ volatile("fmv.d.x ft0, %1\n\t.insn r 0x53, " #rm ", " #f7 ", %0, ft0, " #rs2 : "=r"(r) : "r"(a) : "ft0")
#define ASM_X_F(f7, rs2, rm) \
  __asm__ volatile(".insn r 0x53, " #rm ", " #f7 ", ft3, %1, " #rs2 "\n\tfmv.x.d %0, ft3" : "=r"(r) : "r"(a) : "ft3")

// An operation with a rounding mode: rm 0..4 static, 7 dynamic (frm).
#define DEF_RM(name, ASM, x, y) \
  static u64 name(int rm, u64 a, u64 b, u64 c) { \
    u64 r; \
    (void)a; (void)b; (void)c; \
    switch (rm) { \
      case 0: ASM(x, y, 0); break; \
      case 1: ASM(x, y, 1); break; \
      case 2: ASM(x, y, 2); break; \
      case 3: ASM(x, y, 3); break; \
      case 4: ASM(x, y, 4); break; \
      default: ASM(x, y, 7); break; \
    } \
    return r; \
  }
// An operation whose funct3 selects the function (no rounding).
#define DEF_FIXED(name, ASM, x, y, funct3) \
  static u64 name(int rm, u64 a, u64 b, u64 c) { \
    u64 r; \
    (void)rm; (void)a; (void)b; (void)c; \
    ASM(x, y, funct3); \
    return r; \
  }

// Single precision (fmt 0) and double precision (fmt 1).
DEF_RM(fadd_s, ASM_FF_F, 0x00, x0)
DEF_RM(fsub_s, ASM_FF_F, 0x04, x0)
DEF_RM(fmul_s, ASM_FF_F, 0x08, x0)
DEF_RM(fdiv_s, ASM_FF_F, 0x0c, x0)
DEF_RM(fsqrt_s, ASM_F_F, 0x2c, x0)
DEF_RM(fmadd_s, ASM_FFF_F, 0x43, 0)
DEF_RM(fmsub_s, ASM_FFF_F, 0x47, 0)
DEF_RM(fnmsub_s, ASM_FFF_F, 0x4b, 0)
DEF_RM(fnmadd_s, ASM_FFF_F, 0x4f, 0)
DEF_RM(fcvt_w_s, ASM_F_X, 0x60, x0)
DEF_RM(fcvt_wu_s, ASM_F_X, 0x60, x1)
DEF_RM(fcvt_l_s, ASM_F_X, 0x60, x2)
DEF_RM(fcvt_lu_s, ASM_F_X, 0x60, x3)
DEF_RM(fcvt_s_w, ASM_X_F, 0x68, x0)
DEF_RM(fcvt_s_wu, ASM_X_F, 0x68, x1)
DEF_RM(fcvt_s_l, ASM_X_F, 0x68, x2)
DEF_RM(fcvt_s_lu, ASM_X_F, 0x68, x3)
DEF_RM(fcvt_s_d, ASM_F_F, 0x20, x1)
DEF_FIXED(fsgnj_s, ASM_FF_F, 0x10, x0, 0)
DEF_FIXED(fsgnjn_s, ASM_FF_F, 0x10, x0, 1)
DEF_FIXED(fsgnjx_s, ASM_FF_F, 0x10, x0, 2)
DEF_FIXED(fmin_s, ASM_FF_F, 0x14, x0, 0)
DEF_FIXED(fmax_s, ASM_FF_F, 0x14, x0, 1)
DEF_FIXED(fle_s, ASM_FF_X, 0x50, x0, 0)
DEF_FIXED(flt_s, ASM_FF_X, 0x50, x0, 1)
DEF_FIXED(feq_s, ASM_FF_X, 0x50, x0, 2)
DEF_FIXED(fmv_x_w, ASM_F_X, 0x70, x0, 0)
DEF_FIXED(fclass_s, ASM_F_X, 0x70, x0, 1)
DEF_FIXED(fmv_w_x, ASM_X_F, 0x78, x0, 0)

DEF_RM(fadd_d, ASM_FF_F, 0x01, x0)
DEF_RM(fsub_d, ASM_FF_F, 0x05, x0)
DEF_RM(fmul_d, ASM_FF_F, 0x09, x0)
DEF_RM(fdiv_d, ASM_FF_F, 0x0d, x0)
DEF_RM(fsqrt_d, ASM_F_F, 0x2d, x0)
DEF_RM(fmadd_d, ASM_FFF_F, 0x43, 1)
DEF_RM(fmsub_d, ASM_FFF_F, 0x47, 1)
DEF_RM(fnmsub_d, ASM_FFF_F, 0x4b, 1)
DEF_RM(fnmadd_d, ASM_FFF_F, 0x4f, 1)
DEF_RM(fcvt_w_d, ASM_F_X, 0x61, x0)
DEF_RM(fcvt_wu_d, ASM_F_X, 0x61, x1)
DEF_RM(fcvt_l_d, ASM_F_X, 0x61, x2)
DEF_RM(fcvt_lu_d, ASM_F_X, 0x61, x3)
DEF_RM(fcvt_d_w, ASM_X_F, 0x69, x0)
DEF_RM(fcvt_d_wu, ASM_X_F, 0x69, x1)
DEF_RM(fcvt_d_l, ASM_X_F, 0x69, x2)
DEF_RM(fcvt_d_lu, ASM_X_F, 0x69, x3)
DEF_RM(fcvt_d_s, ASM_F_F, 0x21, x0)
DEF_FIXED(fsgnj_d, ASM_FF_F, 0x11, x0, 0)
DEF_FIXED(fsgnjn_d, ASM_FF_F, 0x11, x0, 1)
DEF_FIXED(fsgnjx_d, ASM_FF_F, 0x11, x0, 2)
DEF_FIXED(fmin_d, ASM_FF_F, 0x15, x0, 0)
DEF_FIXED(fmax_d, ASM_FF_F, 0x15, x0, 1)
DEF_FIXED(fle_d, ASM_FF_X, 0x51, x0, 0)
DEF_FIXED(flt_d, ASM_FF_X, 0x51, x0, 1)
DEF_FIXED(feq_d, ASM_FF_X, 0x51, x0, 2)
DEF_FIXED(fmv_x_d, ASM_F_X, 0x71, x0, 0)
DEF_FIXED(fclass_d, ASM_F_X, 0x71, x0, 1)
DEF_FIXED(fmv_d_x, ASM_X_F, 0x79, x0, 0)

// Operand shapes: which sources an operation reads.
enum { SRC_FF, SRC_F, SRC_FFF, SRC_X, SRC_F_TO_INT };

struct operation {
  const char *name;
  u64 (*run)(int rm, u64 a, u64 b, u64 c);
  int sources;
  int double_sources; // precision of the float sources
  int uses_rm;
};

static const struct operation operations[] = {
  {"fadd.s", fadd_s, SRC_FF, 0, 1},       {"fsub.s", fsub_s, SRC_FF, 0, 1},
  {"fmul.s", fmul_s, SRC_FF, 0, 1},       {"fdiv.s", fdiv_s, SRC_FF, 0, 1},
  {"fsqrt.s", fsqrt_s, SRC_F, 0, 1},      {"fmadd.s", fmadd_s, SRC_FFF, 0, 1},
  {"fmsub.s", fmsub_s, SRC_FFF, 0, 1},    {"fnmsub.s", fnmsub_s, SRC_FFF, 0, 1},
  {"fnmadd.s", fnmadd_s, SRC_FFF, 0, 1},  {"fcvt.w.s", fcvt_w_s, SRC_F_TO_INT, 0, 1},
  {"fcvt.wu.s", fcvt_wu_s, SRC_F_TO_INT, 0, 1}, {"fcvt.l.s", fcvt_l_s, SRC_F_TO_INT, 0, 1},
  {"fcvt.lu.s", fcvt_lu_s, SRC_F_TO_INT, 0, 1}, {"fcvt.s.w", fcvt_s_w, SRC_X, 0, 1},
  {"fcvt.s.wu", fcvt_s_wu, SRC_X, 0, 1},  {"fcvt.s.l", fcvt_s_l, SRC_X, 0, 1},
  {"fcvt.s.lu", fcvt_s_lu, SRC_X, 0, 1},  {"fcvt.s.d", fcvt_s_d, SRC_F, 1, 1},
  {"fsgnj.s", fsgnj_s, SRC_FF, 0, 0},     {"fsgnjn.s", fsgnjn_s, SRC_FF, 0, 0},
  {"fsgnjx.s", fsgnjx_s, SRC_FF, 0, 0},   {"fmin.s", fmin_s, SRC_FF, 0, 0},
  {"fmax.s", fmax_s, SRC_FF, 0, 0},       {"fle.s", fle_s, SRC_FF, 0, 0},
  {"flt.s", flt_s, SRC_FF, 0, 0},         {"feq.s", feq_s, SRC_FF, 0, 0},
  {"fmv.x.w", fmv_x_w, SRC_F, 0, 0},      {"fclass.s", fclass_s, SRC_F, 0, 0},
  {"fmv.w.x", fmv_w_x, SRC_X, 0, 0},
  {"fadd.d", fadd_d, SRC_FF, 1, 1},       {"fsub.d", fsub_d, SRC_FF, 1, 1},
  {"fmul.d", fmul_d, SRC_FF, 1, 1},       {"fdiv.d", fdiv_d, SRC_FF, 1, 1},
  {"fsqrt.d", fsqrt_d, SRC_F, 1, 1},      {"fmadd.d", fmadd_d, SRC_FFF, 1, 1},
  {"fmsub.d", fmsub_d, SRC_FFF, 1, 1},    {"fnmsub.d", fnmsub_d, SRC_FFF, 1, 1},
  {"fnmadd.d", fnmadd_d, SRC_FFF, 1, 1},  {"fcvt.w.d", fcvt_w_d, SRC_F_TO_INT, 1, 1},
  {"fcvt.wu.d", fcvt_wu_d, SRC_F_TO_INT, 1, 1}, {"fcvt.l.d", fcvt_l_d, SRC_F_TO_INT, 1, 1},
  {"fcvt.lu.d", fcvt_lu_d, SRC_F_TO_INT, 1, 1}, {"fcvt.d.w", fcvt_d_w, SRC_X, 1, 1},
  {"fcvt.d.wu", fcvt_d_wu, SRC_X, 1, 1},  {"fcvt.d.l", fcvt_d_l, SRC_X, 1, 1},
  {"fcvt.d.lu", fcvt_d_lu, SRC_X, 1, 1},  {"fcvt.d.s", fcvt_d_s, SRC_F, 0, 1},
  {"fsgnj.d", fsgnj_d, SRC_FF, 1, 0},     {"fsgnjn.d", fsgnjn_d, SRC_FF, 1, 0},
  {"fsgnjx.d", fsgnjx_d, SRC_FF, 1, 0},   {"fmin.d", fmin_d, SRC_FF, 1, 0},
  {"fmax.d", fmax_d, SRC_FF, 1, 0},       {"fle.d", fle_d, SRC_FF, 1, 0},
  {"flt.d", flt_d, SRC_FF, 1, 0},         {"feq.d", feq_d, SRC_FF, 1, 0},
  {"fmv.x.d", fmv_x_d, SRC_F, 1, 0},      {"fclass.d", fclass_d, SRC_F, 1, 0},
  {"fmv.d.x", fmv_d_x, SRC_X, 1, 0},
};

// ---- operands ----

#define BOX 0xffffffff00000000UL

// Magnitudes of the special operands; each is used with both signs. The first SPECIALS_FOR_TRIPLES are combined
// exhaustively in three-operand (FMA) groups.
static const u64 special_doubles[] = {
  0x0000000000000000UL, 0x3ff0000000000000UL, 0x7ff0000000000000UL, 0x7ff8000000000000UL,
  0x7ff0000000000001UL, 0x0000000000000001UL, 0x0010000000000000UL, 0x7fefffffffffffffUL,
  0x000fffffffffffffUL, 0x3ff8000000000000UL,
  0x3fe0000000000000UL, 0x3ff0000000000001UL, 0x3fefffffffffffffUL, 0x4008000000000000UL,
  0x7ffc000000000123UL, 0x7ff4000000000000UL, 0x41dfffffffc00000UL, 0x41e0000000000000UL,
  0x41efffffffe00000UL, 0x41f0000000000000UL, 0x4340000000000000UL, 0x43e0000000000000UL,
  0x43f0000000000000UL, 0x0010000000000001UL, 0x7fe0000000000000UL, 0x3cb0000000000000UL,
};
static const u64 special_singles[] = {
  0x00000000, 0x3f800000, 0x7f800000, 0x7fc00000, 0x7f800001, 0x00000001, 0x00800000, 0x7f7fffff,
  0x007fffff, 0x3fc00000,
  0x3f000000, 0x3f800001, 0x3f7fffff, 0x40400000, 0x7fc12345, 0x7fa00000, 0x4effffff, 0x4f000000,
  0x4f7fffff, 0x4f800000, 0x4b800000, 0x5f000000, 0x5f800000, 0x00800001, 0x7f000000, 0x33800000,
};
#define SPECIAL_COUNT (sizeof(special_doubles) / sizeof(special_doubles[0]))
#define SPECIALS_FOR_TRIPLES 10

static const u64 special_integers[] = {
  0, 1, 2, 3, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000UL, 0xffffff, 0x1000001, 0x1ffffff,
  0x20000000000001UL, 0x3fffffffffffffUL, 0x7fffffffffffffffUL, 0x8000000000000000UL, 0xffffffffffffffffUL,
  0xfffffffffffffffeUL, 0xffffffff80000000UL, 0xffffffff7fffffffUL, 0x7ffffffffffffc00UL, 0x7ffffffffffffe00UL,
  0xfffffffffffff800UL, 0x0000000100000001UL, 0x123456789abcdefUL,
};
#define SPECIAL_INTEGER_COUNT (sizeof(special_integers) / sizeof(special_integers[0]))

static u64 rng_state = FPDIFF_SEED;

// xorshift64* (fixed seed: both machines see the same operands).
static u64 next_random(void) {
  rng_state ^= rng_state >> 12;
  rng_state ^= rng_state << 25;
  rng_state ^= rng_state >> 27;
  return rng_state * 0x2545f4914f6cdd1dUL;
}

static u64 special_operand(int index, int dbl) {
  u64 magnitude = dbl ? special_doubles[index >> 1] : special_singles[index >> 1];
  u64 sign = (index & 1) ? (dbl ? 0x8000000000000000UL : 0x80000000UL) : 0;
  return dbl ? (magnitude | sign) : (BOX | magnitude | sign);
}

// A float built from sign, biased exponent and fraction.
static u64 make_float(int dbl, u64 sign, u64 exponent, u64 fraction) {
  if (dbl) return (sign << 63) | ((exponent & 0x7ff) << 52) | (fraction & 0xfffffffffffffUL);
  return BOX | (sign << 31) | ((exponent & 0xff) << 23) | (fraction & 0x7fffff);
}

// A fraction that is random, sparse (few set bits: exact results and ties), or near all-zeros/all-ones.
static u64 random_fraction(void) {
  u64 r = next_random();
  switch (r & 3) {
    case 0: return next_random();
    case 1: return next_random() << (r >> 58); // random low bits cleared
    case 2: return next_random() & next_random() & next_random();
    default: return (r & 4) ? (next_random() & 7) : ~(next_random() & 7);
  }
}

static u64 random_float(int dbl) {
  u64 r = next_random();
  u64 bias = dbl ? 1023 : 127;
  u64 top = dbl ? 2047 : 255;
  u64 sign = (r >> 8) & 1;
  u64 fraction = random_fraction();
  u64 exponent;
  switch (r & 7) {
    case 0: // any bit pattern
      return dbl ? next_random() : (BOX | (next_random() & 0xffffffff));
    case 1: // a special value
      return special_operand((int)((r >> 16) % (2 * SPECIAL_COUNT)), dbl);
    case 2: { // exponent at an edge of the range
      static const int offsets[] = {0, 1, 2, 3, 23, 24, 25, 52, 53, 54};
      u64 pick = offsets[(r >> 16) % 10];
      exponent = ((r >> 24) & 1) ? top - 1 - pick : pick;
      break;
    }
    case 3: // exponent anywhere
      exponent = (r >> 16) % (top + 1);
      break;
    case 4: // not a NaN-boxed single: reads as the canonical NaN (single operations only)
      if (!dbl) return (next_random() & 0xffffffff) | ((next_random() & 0x7fffffff) << 32);
      exponent = bias + ((r >> 16) & 63) - 32;
      break;
    default: // moderate magnitudes near 1
      exponent = bias + ((r >> 16) & 31) - 16;
      break;
  }
  return make_float(dbl, sign, exponent, fraction);
}

// A float near an integer-conversion boundary (2^31, 2^32, 2^63, 2^64, halves, small values).
static u64 random_float_for_int(int dbl) {
  u64 r = next_random();
  if (r & 1) return random_float(dbl);
  static const int exponents[] = {-3, -2, -1, 0, 1, 2, 22, 23, 24, 29, 30, 31, 32, 33, 51, 52, 53, 61, 62, 63, 64, 65};
  u64 bias = dbl ? 1023 : 127;
  u64 exponent = bias + exponents[(r >> 8) % 22];
  return make_float(dbl, (r >> 7) & 1, exponent, random_fraction());
}

static u64 random_integer(void) {
  u64 r = next_random();
  switch (r & 3) {
    case 0: return special_integers[(r >> 8) % SPECIAL_INTEGER_COUNT];
    case 1: return next_random();
    case 2: return next_random() >> ((r >> 8) & 63);
    default: { // a value with a few significant bits, possibly negated: exact, tie and near-tie conversions
      u64 v = (random_fraction() >> ((r >> 8) & 63)) << ((r >> 16) & 15);
      return (r >> 24) & 1 ? -v : v;
    }
  }
}

// ---- running and hashing ----

static u64 group_hash;
static u64 group_count;
static u64 total_count;

static void hash_word(u64 value) {
  group_hash ^= value;
  group_hash *= 0x100000001b3UL;
  group_hash ^= group_hash >> 32;
}

static void write_frm(u64 frm) { __asm__ volatile("fsrm %0" : : "r"(frm)); }

static void execute(const struct operation *op, int rm, u64 a, u64 b, u64 c) {
  u64 frm = rm == 7 ? next_random() % 5 : (u64)((rm + 1) % 5); // static modes must ignore frm
  write_frm(frm);
  __asm__ volatile("csrw fflags, zero");
  u64 result = op->run(rm, a, b, c);
  u64 flags;
  __asm__ volatile("csrr %0, fflags" : "=r"(flags));
  hash_word(result);
  hash_word(flags);
  group_count++;
#ifdef FPDIFF_VERBOSE
  put_string("V ");
  put_string(op->name);
  put_char(' ');
  put_decimal((u64)(op->uses_rm ? rm : 0));
  put_char(' ');
  put_decimal(frm);
  put_char(' ');
  put_hex(a, 16);
  put_char(' ');
  put_hex(b, 16);
  put_char(' ');
  put_hex(c, 16);
  put_char(' ');
  put_hex(result, 16);
  put_char(' ');
  put_hex(flags, 2);
  put_char('\n');
#endif
}

static u64 related_operand(u64 a, int dbl) {
  u64 r = next_random();
  switch (r & 3) {
    case 0: return a ^ (dbl ? 0x8000000000000000UL : 0x80000000UL); // cancellation
    case 1: return a + ((r >> 8) & 15) - 8;                             // a neighbour
    case 2: return a + ((((r >> 8) & 63) - 32) << (dbl ? 52 : 23));    // same fraction, shifted exponent
    default: return random_float(dbl);
  }
}

static void run_group(const struct operation *op, int rm) {
  int dbl = op->double_sources;
  group_hash = 0xcbf29ce484222325UL;
  group_count = 0;
  unsigned n = 2 * SPECIAL_COUNT;
  switch (op->sources) {
    case SRC_FF:
      for (unsigned i = 0; i < n; i++)
        for (unsigned j = 0; j < n; j++) execute(op, rm, special_operand(i, dbl), special_operand(j, dbl), 0);
      for (unsigned k = 0; k < FPDIFF_RANDOM; k++) {
        u64 a = random_float(dbl);
        execute(op, rm, a, related_operand(a, dbl), 0);
      }
      break;
    case SRC_F:
    case SRC_F_TO_INT:
      for (unsigned i = 0; i < n; i++) execute(op, rm, special_operand(i, dbl), 0, 0);
      for (unsigned k = 0; k < FPDIFF_RANDOM; k++) {
        execute(op, rm, op->sources == SRC_F ? random_float(dbl) : random_float_for_int(dbl), 0, 0);
      }
      break;
    case SRC_FFF: {
      unsigned t = 2 * SPECIALS_FOR_TRIPLES;
      for (unsigned i = 0; i < t; i++)
        for (unsigned j = 0; j < t; j++)
          for (unsigned k = 0; k < t; k++)
            execute(op, rm, special_operand(i, dbl), special_operand(j, dbl), special_operand(k, dbl));
      for (unsigned k = 0; k < FPDIFF_RANDOM; k++) {
        u64 a = random_float(dbl);
        u64 b = random_float(dbl);
        u64 c;
        u64 shape = next_random() % 3;
        if (shape == 0) {
          // An addend close to -(a*b): massive cancellation, the hard case of a single-rounding FMA.
          u64 product = dbl ? fmul_d(1, a, b, 0) : fmul_s(1, a, b, 0);
          c = (product ^ (dbl ? 0x8000000000000000UL : 0x80000000UL)) + (next_random() & 3) - 1;
        } else if (shape == 1) {
          // c + (1 + 2^-k) * h(1 - 2^-k + 2^-2k) = c + h(1 + 2^-3k) with h half an ulp of c, nudged by an ulp or two:
          // just above or below a rounding midpoint, where two roundings differ from one.
          c = random_float(dbl);
          u64 exponent = dbl ? (c >> 52) & 0x7ff : (c >> 23) & 0xff;
          if (exponent > 80 && exponent < (dbl ? 2000 : 200)) {
            a = dbl ? 0x3ff0000004000000UL : BOX | 0x3f800800;
            b = dbl ? ((exponent - 54) << 52) | 0xffffff8000002UL : BOX | ((exponent - 25) << 23) | 0x7ff001;
            b += (next_random() & 3) - 1;
            if (next_random() & 1) b ^= dbl ? 0x8000000000000000UL : 0x80000000UL;
          }
        } else {
          c = related_operand(a, dbl);
        }
        execute(op, rm, a, b, c);
      }
      break;
    }
    default: // SRC_X
      for (unsigned i = 0; i < SPECIAL_INTEGER_COUNT; i++) execute(op, rm, special_integers[i], 0, 0);
      for (unsigned k = 0; k < FPDIFF_RANDOM; k++) execute(op, rm, random_integer(), 0, 0);
      break;
  }
  total_count += group_count;
  put_string(op->name);
  put_char(' ');
  static const char *const rm_names[] = {"rne", "rtz", "rdn", "rup", "rmm", "", "", "dyn"};
  put_string(op->uses_rm ? rm_names[rm] : "-");
  put_char(' ');
  put_decimal(group_count);
  put_char(' ');
  put_hex(group_hash, 16);
  put_char('\n');
}

int main(void) {
  put_string("fp-diff 1\n");
  for (unsigned i = 0; i < sizeof(operations) / sizeof(operations[0]); i++) {
    const struct operation *op = &operations[i];
    if (!op->uses_rm) {
      run_group(op, 0);
      continue;
    }
    static const int modes[] = {0, 1, 2, 3, 4, 7};
    for (int m = 0; m < 6; m++) run_group(op, modes[m]);
  }
  put_string("fp-diff total ");
  put_decimal(total_count);
  put_char('\n');
  return 0;
}
