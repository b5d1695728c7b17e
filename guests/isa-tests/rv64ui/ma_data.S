// ma_data.S: misaligned loads and stores of every width at every byte offset, including accesses that cross
// a doubleword and a page boundary, read and write exactly the right bytes (RISC-V Unprivileged ISA 20191213,
// 2.6: misaligned accesses may be handled in hardware; Tabvisor's core does).
#include "riscv_test.h"
#include "test_macros.h"

RVTEST_RV64U
RVTEST_CODE_BEGIN
  .option norvc

  // Loads: every width and signedness at byte offsets 24 to 40 (the page boundary is at 32)
  TEST_LD_OP(2, lh, 0x0000000000003dea, 24, mdat);
  TEST_LD_OP(3, lh, 0x000000000000643d, 25, mdat);
  TEST_LD_OP(4, lh, 0xffffffffffff8f64, 26, mdat);
  TEST_LD_OP(5, lh, 0x0000000000002e8f, 27, mdat);
  TEST_LD_OP(6, lh, 0xfffffffffffff12e, 28, mdat);
  TEST_LD_OP(7, lh, 0xffffffffffffc8f1, 29, mdat);
  TEST_LD_OP(8, lh, 0xffffffffffffe3c8, 30, mdat);
  TEST_LD_OP(9, lh, 0xffffffffffffb2e3, 31, mdat);
  TEST_LD_OP(10, lh, 0xffffffffffffe5b2, 32, mdat);
  TEST_LD_OP(11, lh, 0x0000000000006ce5, 33, mdat);
  TEST_LD_OP(12, lh, 0x000000000000776c, 34, mdat);
  TEST_LD_OP(13, lh, 0x0000000000007677, 35, mdat);
  TEST_LD_OP(14, lh, 0x0000000000001976, 36, mdat);
  TEST_LD_OP(15, lh, 0x0000000000005019, 37, mdat);
  TEST_LD_OP(16, lh, 0x0000000000004b50, 38, mdat);
  TEST_LD_OP(17, lh, 0x0000000000007a4b, 39, mdat);
  TEST_LD_OP(18, lh, 0xffffffffffff8d7a, 40, mdat);
  TEST_LD_OP(19, lhu, 0x0000000000003dea, 24, mdat);
  TEST_LD_OP(20, lhu, 0x000000000000643d, 25, mdat);
  TEST_LD_OP(21, lhu, 0x0000000000008f64, 26, mdat);
  TEST_LD_OP(22, lhu, 0x0000000000002e8f, 27, mdat);
  TEST_LD_OP(23, lhu, 0x000000000000f12e, 28, mdat);
  TEST_LD_OP(24, lhu, 0x000000000000c8f1, 29, mdat);
  TEST_LD_OP(25, lhu, 0x000000000000e3c8, 30, mdat);
  TEST_LD_OP(26, lhu, 0x000000000000b2e3, 31, mdat);
  TEST_LD_OP(27, lhu, 0x000000000000e5b2, 32, mdat);
  TEST_LD_OP(28, lhu, 0x0000000000006ce5, 33, mdat);
  TEST_LD_OP(29, lhu, 0x000000000000776c, 34, mdat);
  TEST_LD_OP(30, lhu, 0x0000000000007677, 35, mdat);
  TEST_LD_OP(31, lhu, 0x0000000000001976, 36, mdat);
  TEST_LD_OP(32, lhu, 0x0000000000005019, 37, mdat);
  TEST_LD_OP(33, lhu, 0x0000000000004b50, 38, mdat);
  TEST_LD_OP(34, lhu, 0x0000000000007a4b, 39, mdat);
  TEST_LD_OP(35, lhu, 0x0000000000008d7a, 40, mdat);
  TEST_LD_OP(36, lw, 0xffffffff8f643dea, 24, mdat);
  TEST_LD_OP(37, lw, 0x000000002e8f643d, 25, mdat);
  TEST_LD_OP(38, lw, 0xfffffffff12e8f64, 26, mdat);
  TEST_LD_OP(39, lw, 0xffffffffc8f12e8f, 27, mdat);
  TEST_LD_OP(40, lw, 0xffffffffe3c8f12e, 28, mdat);
  TEST_LD_OP(41, lw, 0xffffffffb2e3c8f1, 29, mdat);
  TEST_LD_OP(42, lw, 0xffffffffe5b2e3c8, 30, mdat);
  TEST_LD_OP(43, lw, 0x000000006ce5b2e3, 31, mdat);
  TEST_LD_OP(44, lw, 0x00000000776ce5b2, 32, mdat);
  TEST_LD_OP(45, lw, 0x0000000076776ce5, 33, mdat);
  TEST_LD_OP(46, lw, 0x000000001976776c, 34, mdat);
  TEST_LD_OP(47, lw, 0x0000000050197677, 35, mdat);
  TEST_LD_OP(48, lw, 0x000000004b501976, 36, mdat);
  TEST_LD_OP(49, lw, 0x000000007a4b5019, 37, mdat);
  TEST_LD_OP(50, lw, 0xffffffff8d7a4b50, 38, mdat);
  TEST_LD_OP(51, lw, 0x00000000748d7a4b, 39, mdat);
  TEST_LD_OP(52, lw, 0x000000005f748d7a, 40, mdat);
  TEST_LD_OP(53, lwu, 0x000000008f643dea, 24, mdat);
  TEST_LD_OP(54, lwu, 0x000000002e8f643d, 25, mdat);
  TEST_LD_OP(55, lwu, 0x00000000f12e8f64, 26, mdat);
  TEST_LD_OP(56, lwu, 0x00000000c8f12e8f, 27, mdat);
  TEST_LD_OP(57, lwu, 0x00000000e3c8f12e, 28, mdat);
  TEST_LD_OP(58, lwu, 0x00000000b2e3c8f1, 29, mdat);
  TEST_LD_OP(59, lwu, 0x00000000e5b2e3c8, 30, mdat);
  TEST_LD_OP(60, lwu, 0x000000006ce5b2e3, 31, mdat);
  TEST_LD_OP(61, lwu, 0x00000000776ce5b2, 32, mdat);
  TEST_LD_OP(62, lwu, 0x0000000076776ce5, 33, mdat);
  TEST_LD_OP(63, lwu, 0x000000001976776c, 34, mdat);
  TEST_LD_OP(64, lwu, 0x0000000050197677, 35, mdat);
  TEST_LD_OP(65, lwu, 0x000000004b501976, 36, mdat);
  TEST_LD_OP(66, lwu, 0x000000007a4b5019, 37, mdat);
  TEST_LD_OP(67, lwu, 0x000000008d7a4b50, 38, mdat);
  TEST_LD_OP(68, lwu, 0x00000000748d7a4b, 39, mdat);
  TEST_LD_OP(69, lwu, 0x000000005f748d7a, 40, mdat);
  TEST_LD_OP(70, ld, 0xe3c8f12e8f643dea, 24, mdat);
  TEST_LD_OP(71, ld, 0xb2e3c8f12e8f643d, 25, mdat);
  TEST_LD_OP(72, ld, 0xe5b2e3c8f12e8f64, 26, mdat);
  TEST_LD_OP(73, ld, 0x6ce5b2e3c8f12e8f, 27, mdat);
  TEST_LD_OP(74, ld, 0x776ce5b2e3c8f12e, 28, mdat);
  TEST_LD_OP(75, ld, 0x76776ce5b2e3c8f1, 29, mdat);
  TEST_LD_OP(76, ld, 0x1976776ce5b2e3c8, 30, mdat);
  TEST_LD_OP(77, ld, 0x501976776ce5b2e3, 31, mdat);
  TEST_LD_OP(78, ld, 0x4b501976776ce5b2, 32, mdat);
  TEST_LD_OP(79, ld, 0x7a4b501976776ce5, 33, mdat);
  TEST_LD_OP(80, ld, 0x8d7a4b501976776c, 34, mdat);
  TEST_LD_OP(81, ld, 0x748d7a4b50197677, 35, mdat);
  TEST_LD_OP(82, ld, 0x5f748d7a4b501976, 36, mdat);
  TEST_LD_OP(83, ld, 0xbe5f748d7a4b5019, 37, mdat);
  TEST_LD_OP(84, ld, 0x41be5f748d7a4b50, 38, mdat);
  TEST_LD_OP(85, ld, 0xd841be5f748d7a4b, 39, mdat);
  TEST_LD_OP(86, ld, 0xb3d841be5f748d7a, 40, mdat);

  // Stores: every width at byte offsets 24 to 39; each is loaded back misaligned, then the three
  // doublewords around it are checked byte-exactly with aligned loads
  TEST_ST_OP(87, lh, sh, 0xffffffffffffe7f8, 24, mdat);
  TEST_CASE(88, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(89, x14, 0xe3c8f12e8f64e7f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(90, x14, 0x4b501976776ce5b2, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(91, lh, sh, 0xffffffffffffef00, 25, mdat);
  TEST_CASE(92, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(93, x14, 0xe3c8f12e8fef00f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(94, x14, 0x4b501976776ce5b2, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(95, lh, sh, 0xfffffffffffff608, 26, mdat);
  TEST_CASE(96, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(97, x14, 0xe3c8f12ef60800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(98, x14, 0x4b501976776ce5b2, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(99, lh, sh, 0xfffffffffffffd10, 27, mdat);
  TEST_CASE(100, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(101, x14, 0xe3c8f1fd100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(102, x14, 0x4b501976776ce5b2, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(103, lh, sh, 0x0000000000000418, 28, mdat);
  TEST_CASE(104, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(105, x14, 0xe3c80418100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(106, x14, 0x4b501976776ce5b2, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(107, lh, sh, 0x0000000000000b20, 29, mdat);
  TEST_CASE(108, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(109, x14, 0xe30b2018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(110, x14, 0x4b501976776ce5b2, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(111, lh, sh, 0x0000000000001228, 30, mdat);
  TEST_CASE(112, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(113, x14, 0x12282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(114, x14, 0x4b501976776ce5b2, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(115, lh, sh, 0x0000000000001930, 31, mdat);
  TEST_CASE(116, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(117, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(118, x14, 0x4b501976776ce519, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(119, lh, sh, 0x0000000000002038, 32, mdat);
  TEST_CASE(120, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(121, x14, 0x4b501976776c2038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(122, x14, 0xb3d841be5f748d7a, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(123, lh, sh, 0x0000000000002740, 33, mdat);
  TEST_CASE(124, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(125, x14, 0x4b50197677274038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(126, x14, 0xb3d841be5f748d7a, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(127, lh, sh, 0x0000000000002e48, 34, mdat);
  TEST_CASE(128, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(129, x14, 0x4b5019762e484038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(130, x14, 0xb3d841be5f748d7a, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(131, lh, sh, 0x0000000000003550, 35, mdat);
  TEST_CASE(132, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(133, x14, 0x4b50193550484038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(134, x14, 0xb3d841be5f748d7a, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(135, lh, sh, 0x0000000000003c58, 36, mdat);
  TEST_CASE(136, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(137, x14, 0x4b503c5850484038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(138, x14, 0xb3d841be5f748d7a, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(139, lh, sh, 0x0000000000004360, 37, mdat);
  TEST_CASE(140, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(141, x14, 0x4b43605850484038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(142, x14, 0xb3d841be5f748d7a, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(143, lh, sh, 0x0000000000004a68, 38, mdat);
  TEST_CASE(144, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(145, x14, 0x4a68605850484038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(146, x14, 0xb3d841be5f748d7a, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(147, lh, sh, 0x0000000000005170, 39, mdat);
  TEST_CASE(148, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(149, x14, 0x7068605850484038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(150, x14, 0xb3d841be5f748d51, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(151, lw, sw, 0x0000000016375878, 24, mdat);
  TEST_CASE(152, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(153, x14, 0x3028201816375878, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(154, x14, 0x7068605850484038, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(155, lw, sw, 0x000000001b3d5f80, 25, mdat);
  TEST_CASE(156, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(157, x14, 0x3028201b3d5f8078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(158, x14, 0x7068605850484038, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(159, lw, sw, 0x0000000025496d90, 26, mdat);
  TEST_CASE(160, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(161, x14, 0x302825496d908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(162, x14, 0x7068605850484038, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(163, lw, sw, 0x0000000025496d90, 27, mdat);
  TEST_CASE(164, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(165, x14, 0x3025496d90908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(166, x14, 0x7068605850484038, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(167, lw, sw, 0x000000002a4f7498, 28, mdat);
  TEST_CASE(168, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(169, x14, 0x2a4f749890908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(170, x14, 0x7068605850484038, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(171, lw, sw, 0x000000002f557ba0, 29, mdat);
  TEST_CASE(172, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(173, x14, 0x557ba09890908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(174, x14, 0x706860585048402f, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(175, lw, sw, 0x00000000345b82a8, 30, mdat);
  TEST_CASE(176, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(177, x14, 0x82a8a09890908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(178, x14, 0x706860585048345b, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(179, lw, sw, 0x00000000396189b0, 31, mdat);
  TEST_CASE(180, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(181, x14, 0xb0a8a09890908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(182, x14, 0x7068605850396189, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(183, lw, sw, 0x000000003e6790b8, 32, mdat);
  TEST_CASE(184, x14, 0xb0a8a09890908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(185, x14, 0x706860583e6790b8, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(186, x14, 0xb3d841be5f748d51, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(187, lw, sw, 0x00000000436d97c0, 33, mdat);
  TEST_CASE(188, x14, 0xb0a8a09890908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(189, x14, 0x706860436d97c0b8, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(190, x14, 0xb3d841be5f748d51, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(191, lw, sw, 0x0000000048739ec8, 34, mdat);
  TEST_CASE(192, x14, 0xb0a8a09890908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(193, x14, 0x706848739ec8c0b8, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(194, x14, 0xb3d841be5f748d51, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(195, lw, sw, 0x000000004d79a5d0, 35, mdat);
  TEST_CASE(196, x14, 0xb0a8a09890908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(197, x14, 0x704d79a5d0c8c0b8, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(198, x14, 0xb3d841be5f748d51, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(199, lw, sw, 0x00000000527facd8, 36, mdat);
  TEST_CASE(200, x14, 0xb0a8a09890908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(201, x14, 0x527facd8d0c8c0b8, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(202, x14, 0xb3d841be5f748d51, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(203, lw, sw, 0x000000005785b3e0, 37, mdat);
  TEST_CASE(204, x14, 0xb0a8a09890908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(205, x14, 0x85b3e0d8d0c8c0b8, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(206, x14, 0xb3d841be5f748d57, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(207, lw, sw, 0x000000005c8bbae8, 38, mdat);
  TEST_CASE(208, x14, 0xb0a8a09890908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(209, x14, 0xbae8e0d8d0c8c0b8, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(210, x14, 0xb3d841be5f745c8b, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(211, lw, sw, 0x000000006191c1f0, 39, mdat);
  TEST_CASE(212, x14, 0xb0a8a09890908078, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(213, x14, 0xf0e8e0d8d0c8c0b8, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(214, x14, 0xb3d841be5f6191c1, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(215, ld, sd, 0xa1d304356697c8f8, 24, mdat);
  TEST_CASE(216, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(217, x14, 0xa1d304356697c8f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(218, x14, 0xf0e8e0d8d0c8c0b8, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(219, ld, sd, 0xa2d507396b9dd000, 25, mdat);
  TEST_CASE(220, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(221, x14, 0xd507396b9dd000f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(222, x14, 0xf0e8e0d8d0c8c0a2, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(223, ld, sd, 0xa3d70a3d70a3d708, 26, mdat);
  TEST_CASE(224, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(225, x14, 0x0a3d70a3d70800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(226, x14, 0xf0e8e0d8d0c8a3d7, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(227, ld, sd, 0xa4d90d4175a9de10, 27, mdat);
  TEST_CASE(228, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(229, x14, 0x4175a9de100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(230, x14, 0xf0e8e0d8d0a4d90d, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(231, ld, sd, 0xa5db10457aafe518, 28, mdat);
  TEST_CASE(232, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(233, x14, 0x7aafe518100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(234, x14, 0xf0e8e0d8a5db1045, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(235, ld, sd, 0xa6dd13497fb5ec20, 29, mdat);
  TEST_CASE(236, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(237, x14, 0xb5ec2018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(238, x14, 0xf0e8e0a6dd13497f, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(239, ld, sd, 0xa7df164d84bbf328, 30, mdat);
  TEST_CASE(240, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(241, x14, 0xf3282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(242, x14, 0xf0e8a7df164d84bb, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(243, ld, sd, 0xa8e1195189c1fa30, 31, mdat);
  TEST_CASE(244, x14, 0x7b40c9e6a75c9522, la x2, mdat; ld x14, 16(x2))
  TEST_CASE(245, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(246, x14, 0xf0a8e1195189c1fa, la x2, mdat; ld x14, 32(x2))
  TEST_ST_OP(247, ld, sd, 0xa9e31c558ec80138, 32, mdat);
  TEST_CASE(248, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(249, x14, 0xa9e31c558ec80138, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(250, x14, 0xb3d841be5f6191c1, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(251, ld, sd, 0xaae51f5993ce0840, 33, mdat);
  TEST_CASE(252, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(253, x14, 0xe51f5993ce084038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(254, x14, 0xb3d841be5f6191aa, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(255, ld, sd, 0xabe7225d98d40f48, 34, mdat);
  TEST_CASE(256, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(257, x14, 0x225d98d40f484038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(258, x14, 0xb3d841be5f61abe7, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(259, ld, sd, 0xace925619dda1650, 35, mdat);
  TEST_CASE(260, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(261, x14, 0x619dda1650484038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(262, x14, 0xb3d841be5face925, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(263, ld, sd, 0xadeb2865a2e01d58, 36, mdat);
  TEST_CASE(264, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(265, x14, 0xa2e01d5850484038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(266, x14, 0xb3d841beadeb2865, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(267, ld, sd, 0xaeed2b69a7e62460, 37, mdat);
  TEST_CASE(268, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(269, x14, 0xe624605850484038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(270, x14, 0xb3d841aeed2b69a7, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(271, ld, sd, 0xafef2e6dacec2b68, 38, mdat);
  TEST_CASE(272, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(273, x14, 0x2b68605850484038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(274, x14, 0xb3d8afef2e6dacec, la x2, mdat; ld x14, 40(x2))
  TEST_ST_OP(275, ld, sd, 0xb0f13171b1f23270, 39, mdat);
  TEST_CASE(276, x14, 0x30282018100800f8, la x2, mdat; ld x14, 24(x2))
  TEST_CASE(277, x14, 0x7068605850484038, la x2, mdat; ld x14, 32(x2))
  TEST_CASE(278, x14, 0xb3b0f13171b1f232, la x2, mdat; ld x14, 40(x2))

  // A misaligned doubleword store followed at once by overlapping misaligned loads
  TEST_CASE(279, x14, 0x0000000000006677, la x2, mdat; li x1, 0x1122334455667788; sd x1, 29(x2); lhu x14, 30(x2))
  TEST_CASE(280, x14, 0x0000000055667788, la x2, mdat; li x1, 0x1122334455667788; sd x1, 31(x2); lwu x14, 31(x2))
  TEST_CASE(281, x14, 0x0000000000112233, la x2, mdat; li x1, 0x1122334455667788; sd x1, 27(x2); ld x14, 32(x2); slli x14, x14, 40; srli x14, x14, 40)

  TEST_PASSFAIL

RVTEST_CODE_END

  .data
RVTEST_DATA_BEGIN
  // Pad so that mdat + 32 is the first byte of the next page.
  .balign 4096
  .skip 4096 - 32
mdat:
  .byte 0x92, 0x45, 0x4c, 0xd7, 0x56, 0x79, 0x30, 0xab
  .byte 0x5a, 0xed, 0x54, 0xbf, 0x9e, 0xa1, 0xb8, 0x13
  .byte 0x22, 0x95, 0x5c, 0xa7, 0xe6, 0xc9, 0x40, 0x7b
  .byte 0xea, 0x3d, 0x64, 0x8f, 0x2e, 0xf1, 0xc8, 0xe3
  .byte 0xb2, 0xe5, 0x6c, 0x77, 0x76, 0x19, 0x50, 0x4b
  .byte 0x7a, 0x8d, 0x74, 0x5f, 0xbe, 0x41, 0xd8, 0xb3
  .byte 0x42, 0x35, 0x7c, 0x47, 0x06, 0x69, 0x60, 0x1b
  .byte 0x0a, 0xdd, 0x84, 0x2f, 0x4e, 0x91, 0xe8, 0x83
RVTEST_DATA_END
