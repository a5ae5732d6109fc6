-- Registration forms of units under Circular 124/2021 (residential areas, agencies, enterprises,
-- schools), so unit-level campaigns can be opened without writing a template first.
INSERT INTO commitment_template (code, version, title, criteria_set, subject_kind, valid_from, body, commitments_text, created_at, created_by)
VALUES ('KHU-DAN-CU-TT124', 1,
'Bản đăng ký xây dựng khu dân cư đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
'TT124_2021', 'RESIDENTIAL_AREA', DATE '2022-02-10',
'Kính gửi: Ủy ban nhân dân {{commune}}.

Căn cứ Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ trưởng Bộ Công an, Ban công tác Mặt trận và Trưởng {{unit}} đăng ký xây dựng {{unit}} đạt tiêu chuẩn "An toàn về an ninh, trật tự" năm {{year}} với những nội dung sau:

{{commitments}}',
'1. Chi bộ có nghị quyết, khu dân cư có kế hoạch về công tác bảo đảm an ninh, trật tự ngay trong quý I.
2. 100% hộ gia đình đang cư trú trên khu dân cư đăng ký tham gia xây dựng khu dân cư đạt tiêu chuẩn.
3. Không để xảy ra các hoạt động chống Đảng, chính quyền, phá hoại khối đại đoàn kết toàn dân tộc; không có tội phạm từ nghiêm trọng trở lên.
4. Kiềm chế, giảm tội phạm, tệ nạn xã hội, vi phạm pháp luật so với năm trước; không phát sinh tụ điểm phức tạp về trật tự xã hội.
5. Duy trì hoạt động hiệu quả của Tổ bảo vệ an ninh, trật tự ở cơ sở và các mô hình tự quản.',
CURRENT_TIMESTAMP, 'system');

INSERT INTO commitment_template (code, version, title, criteria_set, subject_kind, valid_from, body, commitments_text, created_at, created_by)
VALUES ('CO-QUAN-TT124', 1,
'Bản đăng ký xây dựng cơ quan đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
'TT124_2021', 'AGENCY', DATE '2022-02-10',
'Kính gửi: Ủy ban nhân dân {{commune}}; Công an {{commune}}.

Căn cứ Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ trưởng Bộ Công an, {{unit}} đăng ký xây dựng cơ quan đạt tiêu chuẩn "An toàn về an ninh, trật tự" năm {{year}} với những nội dung sau:

{{commitments}}',
'1. Cấp ủy có nghị quyết, thủ trưởng có kế hoạch về công tác bảo đảm an ninh, trật tự ngay trong quý I.
2. 100% cán bộ, công chức, viên chức, người lao động được phổ biến và ký cam kết chấp hành pháp luật về an ninh, trật tự.
3. Không để xảy ra lộ, mất bí mật nhà nước, cháy, nổ nghiêm trọng, tội phạm từ nghiêm trọng trở lên trong cơ quan.
4. Xây dựng, duy trì ít nhất một mô hình phong trào Toàn dân bảo vệ an ninh Tổ quốc hoạt động hiệu quả.',
CURRENT_TIMESTAMP, 'system');

INSERT INTO commitment_template (code, version, title, criteria_set, subject_kind, valid_from, body, commitments_text, created_at, created_by)
VALUES ('DOANH-NGHIEP-TT124', 1,
'Bản đăng ký xây dựng doanh nghiệp đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
'TT124_2021', 'ENTERPRISE', DATE '2022-02-10',
'Kính gửi: Ủy ban nhân dân {{commune}}; Công an {{commune}}.

Căn cứ Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ trưởng Bộ Công an, {{unit}} đăng ký xây dựng doanh nghiệp đạt tiêu chuẩn "An toàn về an ninh, trật tự" năm {{year}} với những nội dung sau:

{{commitments}}',
'1. Có kế hoạch về công tác bảo đảm an ninh, trật tự ngay trong quý I; xây dựng lực lượng bảo vệ và nội quy bảo vệ.
2. 100% người lao động được phổ biến và ký cam kết chấp hành pháp luật về an ninh, trật tự.
3. Không để xảy ra đình công, lãn công trái pháp luật, cháy, nổ, tai nạn lao động nghiêm trọng, tội phạm từ nghiêm trọng trở lên.
4. Xây dựng, duy trì ít nhất một mô hình phong trào Toàn dân bảo vệ an ninh Tổ quốc hoạt động hiệu quả.',
CURRENT_TIMESTAMP, 'system');

INSERT INTO commitment_template (code, version, title, criteria_set, subject_kind, valid_from, body, commitments_text, created_at, created_by)
VALUES ('CO-SO-GIAO-DUC-TT124', 1,
'Bản đăng ký xây dựng cơ sở giáo dục đạt tiêu chuẩn "An toàn về an ninh, trật tự"',
'TT124_2021', 'SCHOOL', DATE '2022-02-10',
'Kính gửi: Ủy ban nhân dân {{commune}}; Công an {{commune}}.

Căn cứ Thông tư số 124/2021/TT-BCA ngày 28/12/2021 của Bộ trưởng Bộ Công an, {{unit}} đăng ký xây dựng cơ sở giáo dục đạt tiêu chuẩn "An toàn về an ninh, trật tự" năm học {{year}} với những nội dung sau:

{{commitments}}',
'1. Chi bộ có nghị quyết, nhà trường có kế hoạch về công tác bảo đảm an ninh, trật tự ngay trong quý I.
2. 100% cán bộ, giáo viên, nhân viên và người học được phổ biến và ký cam kết chấp hành pháp luật về an ninh, trật tự.
3. Không để xảy ra bạo lực học đường gây hậu quả nghiêm trọng, tội phạm từ nghiêm trọng trở lên, người học mắc tệ nạn xã hội.
4. Xây dựng, duy trì ít nhất một mô hình phong trào Toàn dân bảo vệ an ninh Tổ quốc hoạt động hiệu quả.',
CURRENT_TIMESTAMP, 'system');
