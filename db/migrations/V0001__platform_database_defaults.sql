-- Every table Cairn creates uses utf8mb4 with a collation that both MySQL 8 and MariaDB accept.
-- (MySQL 8's default utf8mb4_0900_ai_ci does not exist in MariaDB.)
ALTER DATABASE CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
