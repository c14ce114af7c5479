// Generated from the API's OpenAPI document by openapi-typescript (npm run gen:api-client). Do not edit.

export interface paths {
    "/api/v1/calculate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 计算档案可享受的待遇（我能享受哪些人才政策？）
         * @description 与命令行 `rencai calc --json` 的输入和输出相同。省略的事实为“待确定”，结果列出还需要哪些事实（missingFacts）。
         */
        post: operations["postCalculate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政策包列表 */
        get: operations["getPolicies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 政策包详情：条款原文、规则（引用与解释口径）、参数（每个带日期的取值及出处） */
        get: operations["getPoliciesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 资格目录（可按名称、别名、代码搜索） */
        get: operations["getQualifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 档案字段表（字段名、类型、中文名称、计算器的提问、选项） */
        get: operations["getFacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 登录（用户名 + 密码）；返回用户与 CSRF 令牌，并设置 HttpOnly 会话 Cookie
         * @description 失败按“用户名 + 来源地址”计数：同一地址对同一用户名每小时前 5 次失败不受限，之后每次须等待逐次加倍的时间（1、2、4、8，最长 15 分钟），期间回答 429；同一地址每小时最多失败 30 次；同一用户名每小时失败超过 50 次后，只有未曾失败过的地址还能尝试。不存在的用户名与存在的同样计数、同样回答。mustChangePassword 为 true 时须先修改密码（POST /api/v1/auth/password），其他请求一律 403。
         */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录（须带 x-csrf-token 请求头；记入审计日志）；未登录时什么也不做。经统一身份认证登录的会话另给出 endSessionUrl（身份认证平台支持时），打开它在平台上也退出 */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前用户、CSRF 令牌，以及是否须先修改密码（mustChangePassword） */
        get: operations["getAuthMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改本人密码（currentPassword、newPassword；新密码至少 10 位、不含用户名、不用演示密码）；本会话保留，其他会话全部结束 */
        post: operations["postAuthPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/demo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 演示账号（仅列出本数据库中存在、未停用、仍用演示密码 rencai-demo-2026 的演示账号） */
        get: operations["getAuthDemo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 账户列表（管理员；?q= 用户名或姓名的一部分，?page=、?pageSize=） */
        get: operations["getAdminUsers"];
        put?: never;
        /** 新建账户（管理员）；新账户首次登录须修改密码 */
        post: operations["postAdminUsers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用账户（管理员；reason 必填）：不能再登录，现有会话立即结束 */
        post: operations["postAdminUsersByIdDisable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/oidc-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 关联统一身份认证的工号（管理员；staffId 为身份认证平台的员工标识，null 取消关联）：工作人员经统一身份认证登录时据此找到账号；人才按身份证号自动对应，无需关联。更改后该账号现有会话结束 */
        post: operations["postAdminUsersByIdOidcLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新启用已停用的账户（管理员） */
        post: operations["postAdminUsersByIdEnable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 统一身份认证（浙里办 / 政务身份，OpenID Connect）是否启用、登录按钮的文字，以及各拒绝原因代码的说明 */
        get: operations["getAuthOidcConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 开始统一身份认证登录：重定向到身份认证平台（授权码 + PKCE + nonce；state 在服务端保存 10 分钟、只能用一次）
         * @description ?next= 登录后回到的网页路径（以 / 开头）。请求头 Accept: application/json 时不重定向，回答 {url}。未启用时 404；连不上身份认证平台时浏览器回到 /login?oidcError=unavailable（JSON 请求回答 502）。
         */
        get: operations["getAuthOidcStart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 统一身份认证平台回调：换取并核验身份令牌，登录关联的账号（与密码登录相同的会话 Cookie），重定向回网页
         * @description 成功：设置会话 Cookie，重定向到 /login（带 next 时继续前往该页）。被拒绝：重定向到 /login?oidcError=代码（state 无效或已用过、已过期、audience 或 nonce 或 issuer 不符、身份认证平台报错、未找到关联账号、账号已停用），说明见 /api/v1/auth/oidc/config。请求头 Accept: application/json 时不重定向：成功回答与密码登录相同的 JSON，拒绝回答 403 {error, code}。
         */
        get: operations["getAuthOidcCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 地区（市本级、县市区、功能区） */
        get: operations["getRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人才查询（按姓名或完整身份证号；仅本地区；身份证号、手机号脱敏） */
        get: operations["getPersons"];
        put?: never;
        /** 建立人才档案（按身份证号去重） */
        post: operations["postPersons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人才档案（脱敏） */
        get: operations["getPersonsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 补充或修改人才档案（留痕；If-Match 头为期望版本号）；人才本人可登记或修改自己的收款账户（须 If-Match 与 reason） */
        patch: operations["patchPersonsById"];
        trace?: never;
    };
    "/api/v1/recognitions/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销人才层次认定（须写明理由；effectiveOn 为撤销生效日期，默认今天，不早于认定生效日、不晚于今天） */
        post: operations["postRecognitionsByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/confirm-employment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用人单位确认在职（单位经办人） */
        post: operations["postPersonsByIdConfirmEmployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 档案修改历史（谁、何时、修改前后） */
        get: operations["getPersonsByIdHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看完整身份证号或手机号（须说明用途，记入审计日志） */
        post: operations["postPersonsByIdReveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位查询 */
        get: operations["getEmployers"];
        put?: never;
        /** 登记单位（统一社会信用代码校验、去重） */
        post: operations["postEmployers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/employers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位信息 */
        get: operations["getEmployersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改单位信息（留痕；If-Match 头为期望版本号）；用人单位经办人可登记或修改本单位的收款账户（须 If-Match 与 reason），或只修改本单位的主播 facts.streamers（须 reason：依据的认定或评定文件） */
        patch: operations["patchEmployersById"];
        trace?: never;
    };
    "/api/v1/import/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量导入人才（.xlsx 或 .csv，multipart 字段 file，≤10 MB、≤10 万行、≤64 列、单元格≤1000 字）：逐行报告错误，正确行入库 */
        post: operations["postImportPersons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量导入单位（.xlsx 或 .csv，限制同人才导入） */
        post: operations["postImportEmployers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import/persons/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人才导入模板（经办人员；.xlsx：导入读取的列名行，身份证号、手机号、信用代码、银行账号列为文本格式；第二张表“填写说明”列出每列是否必填、可填值、格式和示例） */
        get: operations["getImportPersonsTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/import/employers/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位导入模板（.xlsx，同上） */
        get: operations["getImportEmployersTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出人才（?format=xlsx|csv，脱敏） */
        get: operations["getExportPersons"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出单位（.xlsx） */
        get: operations["getExportEmployers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/export/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出申报件队列（工作人员；?format=xlsx|csv&state=&matter=&overdue=true&q=，与队列的范围和筛选相同；记入审计日志） */
        get: operations["getExportApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 事项目录：条款、申报主体、所需材料（人才库已有的免交）、联审部门、承诺时限 */
        get: operations["getMatters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/matters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我可申报的事项：人才按工作地、单位按注册地，只列适用政策包的事项；单位事项附可选的申报对象（本单位人才、登记的项目或主播） */
        get: operations["getMeMatters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报件列表（按期限排序；?state=&matter=&overdue=true&awaitingMyReview=true&q=&page=&pageSize=；q 为申报人姓名（或其中几个字）或完整的 18 位身份证号） */
        get: operations["getApplications"];
        put?: never;
        /** 新建申报（草稿）；同一申报人同一事项同一期间已有在办申报件时 409，并指明该申报件 */
        post: operations["postApplications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 申报件详情：材料、办理记录、联审意见、核定结果 */
        get: operations["getApplicationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传材料（multipart：material 字段 + 一个 file；PDF/JPEG/PNG，≤10 MB）；先核对申报件和权限，再读取文件 */
        post: operations["postApplicationsByIdFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/files/{sha}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载材料（仅能查看该申报件的人）：类型按文件内容识别，图片和 PDF 可在浏览器中直接查看，其他一律作为附件下载 */
        get: operations["getApplicationsByIdFilesBySha"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交（或补正后重新提交） */
        post: operations["postApplicationsByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回 */
        post: operations["postApplicationsByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回补正（一次性列出全部所缺材料） */
        post: operations["postApplicationsByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记超期申报件并提请督办 */
        post: operations["postAdminOverdue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理并发起联审 */
        post: operations["postApplicationsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 联审部门意见（approve/reject + 理由） */
        post: operations["postApplicationsByIdReviews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核准：逐条规则核定（事实齐全的规则各自核定兑付，缺少事实的规则列为待定、不阻碍其他规则；金额按规则计算，调整金额须写明理由并由第二人复核；全部规则都缺少事实时 422） */
        post: operations["postApplicationsByIdApprove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/open-rules/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 补充核定待定的规则（其事实已补录后；新的一次决定，单独的核定回执；调整金额同样须第二人复核；仍缺少事实时 422） */
        post: operations["postApplicationsByIdOpenRulesDecide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/open-rules/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 结束待定的规则、不予核定（须写明理由 reason） */
        post: operations["postApplicationsByIdOpenRulesClose"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/confirm-adjustment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 第二人复核调整后的金额或超出预算额度的核定（首次核准或补充核定；超出预算额度时须写明理由 reason） */
        post: operations["postApplicationsByIdConfirmAdjustment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不予通过（须说明理由） */
        post: operations["postApplicationsByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/computation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按认定事实计算的金额与逐步解释（核定依据） */
        get: operations["getApplicationsByIdComputation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/decisions/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 历史核定的影响清单：按现行政策包和人才库事实重算，列出会得出不同结果的决定 */
        get: operations["getDecisionsChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 站内消息 */
        get: operations["getMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标为已读（ids：消息编号数组；不传则全部标为已读） */
        post: operations["postMessagesRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的待遇：按认定事实计算，以及可申报的事项（免申即享） */
        get: operations["getMeEntitlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proactive/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 免申即享筛查（create=true 时按事项配置自动生成申报，仅人才办经办人员；领导、管理员只能筛查） */
        post: operations["postProactiveRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 资金台账与余额（?personId=&employerId=&applicationId=） */
        get: operations["getLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/fiscal-shares/{region}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置财政分担比例（市级 %） */
        put: operations["putAdminFiscalSharesByRegion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记一笔兑付（Idempotency-Key 头必填；同一分期只兑付一次；已列入待兑付批次的分期只能由批次入账，409） */
        post: operations["postLedgerPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 兑付批次 */
        get: operations["getPaymentBatches"];
        put?: never;
        /** 生成兑付批次（本地区到期未兑付款项；Idempotency-Key 头必填） */
        post: operations["postPaymentBatches"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 批次明细（收款账号脱敏；missingAccounts 为缺少收款账户的笔数） */
        get: operations["getPaymentBatchesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-batches/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出批次 Excel（交财政局；含完整收款账号，导出记入审计日志） */
        get: operations["getPaymentBatchesByIdExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payment-batches/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 导入银行结果文件（.xlsx 或 .csv，限制同人才导入）：整批入账或整批不入账；已另行入账的分期不重复入账，在 alreadyBooked 中逐行列出 */
        post: operations["postPaymentBatchesByIdResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 领导驾驶舱数据：人才分布、资金、办件、按时办结率（按已办结件计算）与在办超期件数
         * @description ?from=&to=（YYYY-MM-DD，均可省略）按日期筛选：申报件按提交日，资金按台账记账日（北京时间）；人才库人数为当前数，不受日期影响。
         */
        get: operations["getStatsDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stats/dashboard/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 导出驾驶舱数据 Excel（工作人员和领导；范围同驾驶舱）
         * @description ?from=&to=（YYYY-MM-DD，均可省略）按日期筛选：申报件按提交日，资金按台账记账日（北京时间）；人才库人数为当前数，不受日期影响。
         */
        get: operations["getStatsDashboardExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 维护某年节假日与调休安排（记入审计日志） */
        put: operations["putAdminCalendarByYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 校验审计日志哈希链 */
        get: operations["getAdminAuditVerify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official-values": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可由经办人员录入官方数值的参数：说明、单位、现行带日期的取值（出处、是否示例值、录入与确认人）、待确认的数值 */
        get: operations["getOfficialValues"];
        put?: never;
        /** 录入官方数值（人才办经办人员或管理员；须由另一人确认后生效） */
        post: operations["postOfficialValues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official-values/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 官方数值的全部记录（含已退回、已被取代的；?path=&state=） */
        get: operations["getOfficialValuesHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official-values/{id}/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 确认前查看：该数值会改变的历史核定（申报件、事项、金额 前 → 后）及确认所需的令牌 */
        get: operations["getOfficialValuesByIdImpact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official-values/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认（录入人以外的另一人；须带查看受影响核定时得到的 impactToken）：自即日起所有计算使用该数值 */
        post: operations["postOfficialValuesByIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/official-values/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回（录入人以外的另一人；须说明理由） */
        post: operations["postOfficialValuesByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/decision/reproduce": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 按核定回执复算：记录的事实、申报日期与政策包版本（含当时的官方数值），是否得出原金额 */
        get: operations["getApplicationsByIdDecisionReproduce"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 领导视图：总体目标与每个指标的目标值、实际、按时间进度应达到值、状态（正常/滞后/严重滞后…）、趋势与分县情况；附状态判定规则 */
        get: operations["getWorklistProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/targets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 指标详情：原文、推进情况、各期填报及佐证数量、目标调整与分解历史 */
        get: operations["getWorklistTargetsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/targets/{id}/value": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 调整目标值（市人才办；须说明理由，原值和历史保留） */
        post: operations["postWorklistTargetsByIdValue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/targets/{id}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 目标分解到县（市人才办；须说明理由；某县填 0 即取消） */
        post: operations["postWorklistTargetsByIdSplit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/duties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 填报任务：本人可见的每个指标、地区、期次的截止日和填报状态（?state=todo|review|accepted|late&period=&targetId=&unit=&region=） */
        get: operations["getWorklistDuties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 填报（责任单位填报员）：新建或修改本期草稿；已采纳的数据须带更正理由（correctionReason）另起更正 */
        post: operations["postWorklistReports"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 填报详情：数值、进展情况、佐证材料、办理记录、各版本 */
        get: operations["getWorklistReportsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/reports/{id}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传佐证材料（multipart：一个 file；PDF/JPEG/PNG，≤10 MB）；先核对权限，再读取文件 */
        post: operations["postWorklistReportsByIdFiles"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/reports/{id}/files/{sha}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载佐证材料（仅能查看该填报的人） */
        get: operations["getWorklistReportsByIdFilesBySha"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交单位负责人签发（填报员） */
        post: operations["postWorklistReportsByIdSubmit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/reports/{id}/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签发报送人才办（单位负责人） */
        post: operations["postWorklistReportsByIdSign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/reports/{id}/send_back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回填报员修改（单位负责人；须说明理由） */
        post: operations["postWorklistReportsByIdSendBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/reports/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退回修改（人才办；须说明理由；每期只退回一次） */
        post: operations["postWorklistReportsByIdReturn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/reports/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 采纳（人才办）；更正被采纳时取代原数据 */
        post: operations["postWorklistReportsByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 无量化指标的工作事项及其推进节点（完成时限、是否完成、是否逾期）与状态 */
        get: operations["getWorklistItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/items/{no}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为工作事项设置推进节点（市人才办） */
        post: operations["postWorklistItemsByNoMilestones"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/milestones/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记推进节点完成（牵头单位或市人才办；须说明完成情况） */
        post: operations["postWorklistMilestonesByIdDone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/briefing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 季度通报：各状态指标数、总体目标、分单位推进情况、逾期未报单位 */
        get: operations["getWorklistBriefing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklist/briefing/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 季度通报 Excel（总体情况、分单位推进情况、逾期未报） */
        get: operations["getWorklistBriefingExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/worklist-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发送工作清单填报提醒和逾期督办（每期每单位各一次；每日运行） */
        post: operations["postAdminWorklistNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 定时任务：名称、计划（北京时间）、上次运行（开始时间、用时、结果、错误）与下次运行（管理员、领导） */
        get: operations["getAdminJobs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{name}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某定时任务最近 20 次运行（管理员、领导） */
        get: operations["getAdminJobsByNameRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/jobs/{name}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即手动运行定时任务（仅管理员；记入审计日志；任务本身幂等，不会重复发送通知或重复生成申报件） */
        post: operations["postAdminJobsByNameRun"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/card": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的人才卡（高层次人才服务“电子一卡通”）：卡级、有效期、可享服务；未开通时说明是否符合条件 */
        get: operations["getMeCard"];
        put?: never;
        /** 申领人才卡（符合第23条条件的人才本人） */
        post: operations["postMeCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/card/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 出示人才码：实时码（5 分钟有效）或打印卡（30 天有效） */
        get: operations["getMeCardCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/card/lost": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 挂失人才卡（立即吊销，可重新申领） */
        post: operations["postMeCardLost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/card/uses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的人才码使用记录（服务、合作单位、时间） */
        get: operations["getMeCardUses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/persons/{id}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某人的人才卡（人才办） */
        get: operations["getPersonsByIdCards"];
        put?: never;
        /** 为符合条件的人才开通人才卡（人才办经办人员；已有有效卡时返回该卡） */
        post: operations["postPersonsByIdCards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 吊销人才卡（人才办经办人员，须写明理由） */
        post: operations["postCardsByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/issue-due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 批量开通：为所有符合条件而尚无卡的人才开通，停用不再符合条件者的卡（系统管理员；可重复运行） */
        post: operations["postCardsIssueDue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/uses/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人才码使用统计：按服务、合作单位、县（市、区）和月份计数 */
        get: operations["getCardsUsesStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/partner": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 核验员所属合作单位及其提供的服务 */
        get: operations["getCardsPartner"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验人才码（合作单位核验员）：回答有效/已过期/已吊销/无效，仅含脱敏姓名与卡级；指定服务和请求编号时记录一次使用（同一请求只记一次） */
        post: operations["postCardsVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cards/status-list": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人才码吊销名单（位串状态列表，gzip + base64url，以平台公钥签名的 JWS；核验方缓存使用，超过 24 小时须更新） */
        get: operations["getCardsStatusList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 企业注册（无需登录）：统一社会信用代码（校验位按 GB 32100）、名称、行业门类、所在县（市、区）、规模、联系人与登录账号；由所在地人才办核验。Idempotency-Key 相同的重发返回同一注册 */
        post: operations["postEnterprisesRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/catalogues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业服务的目录（无需登录，注册页使用）：行业门类、企业规模、承办部门、问题类别（承办部门与承诺工作日）、学历、紧急程度 */
        get: operations["getEnterprisesCatalogues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/enterprise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本账号的企业（企业账号）：注册信息与核验状态 */
        get: operations["getMeEnterprise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/enterprise/code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本企业的企业码（已核验的企业账号）：签名凭证（企业编号、签发时间、有效期一年、版本），二维码为 /enterprises/code?c=<凭证> */
        get: operations["getMeEnterpriseCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/enterprise/code/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 重新生成企业码（企业账号）：版本加一，此前的企业码全部作废；记入审计 */
        post: operations["postMeEnterpriseCodeReissue"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 扫企业码（人才办、承办部门、领导）：核验签名、有效期与版本后返回本人管辖范围内的企业服务页（企业信息、未办结问题、人才需求）；伪造、过期或作废的企业码回答 400，管辖范围外回答 404 */
        get: operations["getEnterpriseCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 企业注册名录（人才办、领导；本人管辖地区） */
        get: operations["getEnterprises"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个企业（本企业账号或所在地工作人员） */
        get: operations["getEnterprisesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验通过（所在地人才办经办人员）：登记为人才库中的单位，企业账号与之关联 */
        post: operations["postEnterprisesByIdVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}/reveal-phone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看联系人完整手机号（人才办经办人员，须写明用途；记入审计） */
        post: operations["postEnterprisesByIdRevealPhone"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprises/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核验不通过（须写明理由） */
        post: operations["postEnterprisesByIdReject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问题池：企业看本企业的，承办部门看交本部门的，人才办与领导看管辖地区的 */
        get: operations["getEnterpriseProblems"];
        put?: never;
        /** 企业提交问题（已核验的企业账号）：按类别交承办部门，承诺工作日内答复；Idempotency-Key 相同的重发只提交一次 */
        post: operations["postEnterpriseProblems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-problems/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 问题池统计（按县（市、区））：提交、答复、按时答复、超期、重新办理、满意度 */
        get: operations["getEnterpriseProblemsStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-problems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个问题及其办理记录 */
        get: operations["getEnterpriseProblemsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-problems/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复问题（承办部门；人才办承办的由人才办经办人员答复） */
        post: operations["postEnterpriseProblemsByIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-problems/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 要求重新办理（企业，仅一次，须写明理由；承诺时限重新起算） */
        post: operations["postEnterpriseProblemsByIdReopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-problems/{id}/rate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 评价并办结（企业，满意度 1–5） */
        post: operations["postEnterpriseProblemsByIdRate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-problems/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改派承办部门（人才办经办人员，须写明理由） */
        post: operations["postEnterpriseProblemsByIdReassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-demands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人才需求：企业看本企业的，人才办与领导看管辖地区的（可按行业、县（市、区）、年度筛选） */
        get: operations["getEnterpriseDemands"];
        put?: never;
        /** 企业申报人才需求（已核验的企业账号）；同一岗位同一年度只申报一次 */
        post: operations["postEnterpriseDemands"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enterprise-demands/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出人才需求（.xlsx，人才办与领导） */
        get: operations["getEnterpriseDemandsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/disciplines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 教育部学科专业目录（本科专业类及部分专业、研究生一级学科）：来源文件、覆盖范围；q 按名称或代码检索 */
        get: operations["getDisciplines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-catalogues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 急需紧缺人才目录的各版本（工作人员含草稿，其他账号只见已发布的） */
        get: operations["getTalentCatalogues"];
        put?: never;
        /** 新建目录草稿（市人才办）：年度的下一版，复制该年度最近发布版的条目；每年度只能有一份草稿 */
        post: operations["postTalentCatalogues"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-catalogues/in-force": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某日施行的目录版本及条目（date 缺省为今天）；没有时为 null */
        get: operations["getTalentCataloguesInForce"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-catalogues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个目录版本及其条目（行业 × 专业 × 岗位，及所依据的需求条数、人数） */
        get: operations["getTalentCataloguesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-catalogues/compile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 按年度企业人才需求申报汇总生成目录草稿（市人才办）：每个行业 × 学科专业一条，附需求条数与人数 */
        post: operations["postTalentCataloguesCompile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-catalogues/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 在草稿中增加条目（市人才办）：行业门类、学科专业代码、岗位（可不填） */
        post: operations["postTalentCataloguesByIdEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-catalogues/{id}/entries/{entryId}/remove": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 删除草稿中的条目（市人才办） */
        post: operations["postTalentCataloguesByIdEntriesByEntryIdRemove"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent-catalogues/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布草稿（市人才办）：写明施行日期；发布后不再修改，调整须新建下一版 */
        post: operations["postTalentCataloguesByIdPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/white-paper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人才需求白皮书（人才办、领导；本人管辖地区）：按行业、县（市、区）、学历、专业汇总及编制说明 */
        get: operations["getWhitePaper"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/white-paper/docx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载人才需求白皮书（Word .docx：表格、图、编制说明） */
        get: operations["getWhitePaperDocx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/white-paper/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下载人才需求白皮书附表（.xlsx） */
        get: operations["getWhitePaperXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apartments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人才公寓房源（本人管辖地区；人才办经办人员、住建局工作人员、领导） */
        get: operations["getApartments"];
        put?: never;
        /** 登记人才公寓房源（项目及楼栋、房号、所在县（市、区）、建筑面积、居室数、月租金） */
        post: operations["postApartments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apartments/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 房源设为维修中或恢复可配租 */
        post: operations["postApartmentsByIdStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apartments/{id}/offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 配租：将房源配给本地区轮候名单第一位（或指定的轮候人才，须写明理由）；重复提交返回同一配租 */
        post: operations["postApartmentsByIdOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apartments/waitlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人才公寓轮候名单（按规定顺序，含当前位次） */
        get: operations["getApartmentsWaitlist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apartments/tenancies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 配租与租住记录（本人管辖地区） */
        get: operations["getApartmentsTenancies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apartments/tenancies/{id}/move-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记入住日期：自该日起人才库记为租住人才公寓 */
        post: operations["postApartmentsTenanciesByIdMoveIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/apartments/tenancies/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办理退租（购房、离职、期满、其他）：房源恢复可配租，自该日起不再记为租住人才公寓 */
        post: operations["postApartmentsTenanciesByIdEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/apartment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的人才公寓：申租进度、轮候位次、配租房源与租住情况 */
        get: operations["getMeApartment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/apartment/tenancies/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 接受配租（人才本人） */
        post: operations["postMeApartmentTenanciesByIdAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/apartment/tenancies/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 放弃配租（人才本人；首次放弃仍按原顺序轮候，再次放弃移出轮候名单） */
        post: operations["postMeApartmentTenanciesByIdDecline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 预算额度：按资金、年度、地区、资金承担方列出额度、已承诺（核定）、已兑付与剩余（按应付日期所在年度计；经办人员、管理员、领导、财政局审核人员） */
        get: operations["getBudgets"];
        put?: never;
        /** 设立预算额度（资金名称 fund、资金承担方 payer、地区 region、年度 year、金额 amountFen（分）、依据 source、理由 reason；同一承担方、地区、年度只设一个） */
        post: operations["postBudgets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/budgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个预算额度及其历次修改（修改人、时间、理由） */
        get: operations["getBudgetsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改预算额度的资金名称、金额或依据（须写明理由 reason；可带读取时的版本 version，已被他人修改时 409） */
        patch: operations["patchBudgetsById"];
        trace?: never;
    };
    "/api/v1/me/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我可享的实物服务：是否属于市本级高层次人才或经确认的县（市、区）推荐人才，人才卡卡级 */
        get: operations["getMeServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schooling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 子女就学申请：人才本人的，或经办、联审人员可见的（姓名脱敏） */
        get: operations["getSchooling"];
        put?: never;
        /** 提出子女就学申请（人才本人；生成“人才子女就学”申报件并提交，进入联审） */
        post: operations["postSchooling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schooling/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一份子女就学申请（姓名脱敏） */
        get: operations["getSchoolingById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schooling/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看子女完整姓名（须说明用途，记入审计日志） */
        post: operations["postSchoolingByIdReveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/schooling/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结子女就学申请（人才办经办人员，联审全部同意后）：填写安排的学校，或不予安排的理由 */
        post: operations["postSchoolingByIdDecide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 体检与医疗绿色通道号源（人才：各合作医院今天起的号源；医院核验员：本院的） */
        get: operations["getHealthSlots"];
        put?: never;
        /** 发布号源（合作医院核验员）：日期、时段、名额 */
        post: operations["postHealthSlots"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/slots/{id}/book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 预约号源（持卡人才本人；约满时拒绝） */
        post: operations["postHealthSlotsByIdBook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/health/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的体检与绿色通道预约 */
        get: operations["getMeHealthBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消预约（人才本人） */
        post: operations["postHealthBookingsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本院的预约（合作医院核验员；姓名脱敏） */
        get: operations["getHealthBookings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health/bookings/{id}/attend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记已就诊（合作医院核验员；记为一次人才码使用） */
        post: operations["postHealthBookingsByIdAttend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的教育券（含券码） */
        get: operations["getMeVouchers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 教育券（人才办；券码部分隐藏） */
        get: operations["getVouchers"];
        put?: never;
        /** 签发教育券（人才办经办人员；同一请求编号只签发一次） */
        post: operations["postVouchers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作废教育券（人才办经办人员，须写明理由） */
        post: operations["postVouchersByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vouchers/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核销教育券（合作学校核验员）：每张券只能使用一次；同一请求编号重发时答复不变 */
        post: operations["postVouchersRedeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/banks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 提供“特优贷”的合作银行 */
        get: operations["getLoansBanks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 转介给本行的“特优贷”申请（合作银行核验员；姓名脱敏） */
        get: operations["getLoansReferrals"];
        put?: never;
        /** 申请“特优贷”转介（人才本人）：合作银行、意向金额 */
        post: operations["postLoansReferrals"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/loans/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的“特优贷”转介及银行答复 */
        get: operations["getMeLoansReferrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/loans/referrals/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 答复转介（合作银行核验员）：同意（金额、利率）或不同意（理由） */
        post: operations["postLoansReferralsByIdAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recommendations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 县（市、区）推荐的优秀人才（本辖区） */
        get: operations["getRecommendations"];
        put?: never;
        /** 推荐本县（市、区）优秀人才享受市本级待遇（县级人才办经办人员） */
        post: operations["postRecommendations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/recommendations/{id}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认或不予确认县（市、区）推荐（市本级人才办经办人员） */
        post: operations["postRecommendationsByIdDecide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/housing-vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的人才房票（含券码） */
        get: operations["getMeHousingVouchers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/housing-vouchers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人才房票（人才办；券码部分隐藏，姓名脱敏） */
        get: operations["getHousingVouchers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/housing-vouchers/limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 房票面额上限与最长有效期（本地参数，原文未规定） */
        get: operations["getHousingVouchersLimits"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/applications/{id}/housing-voucher": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核准房票联审并发放房票（人才办经办人员，联审全部同意后）：面额（分，不超过上限）、有效期至；同一请求编号只发放一次 */
        post: operations["postApplicationsByIdHousingVoucher"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/housing-vouchers/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 复核超出预算额度的房票（另一名经办人员或领导）：仍超出时须写明理由；复核后发放并通知人才 */
        post: operations["postHousingVouchersByIdConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/housing-vouchers/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 作废房票（人才办经办人员，须写明理由；已核销的不能作废） */
        post: operations["postHousingVouchersByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/housing-sellers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 登记的售房单位 */
        get: operations["getHousingSellers"];
        put?: never;
        /** 登记售房单位（椒江区人才办经办人员或系统管理员）：代码、名称、类型、统一社会信用代码、联系人、联系电话，可同时开设核验员账号（首次登录须改密码） */
        post: operations["postHousingSellers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/housing-sellers/{code}/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 停用售房单位（须写明理由）：其核验员不能再核销房票 */
        post: operations["postHousingSellersByCodeDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/housing-sellers/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本售房单位（售房单位核验员） */
        get: operations["getHousingSellersMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/housing-vouchers/redeem": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 核销房票（售房单位核验员）：券码、购房人身份证号、购房合同；每张房票只能核销一次，同一请求编号重发时答复不变 */
        post: operations["postHousingVouchersRedeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目、团队与平台（人才办：本地区；用人单位：本单位），可按类型、县（市、区）筛选 */
        get: operations["getProjects"];
        put?: never;
        /** 登记项目、团队或平台（人才办经办人员或用人单位） */
        post: operations["postProjects"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个项目（含里程碑与考核） */
        get: operations["getProjectsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改项目（须写明理由；保留修改前的版本） */
        patch: operations["patchProjectsById"];
        trace?: never;
    };
    "/api/v1/projects/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目的历次版本（修改人、时间、理由） */
        get: operations["getProjectsByIdVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录年度考核（人才办经办人员）：双领项目考核不合格时形成应退回款 */
        post: operations["postProjectsByIdAssessments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录项目迁离衢州（人才办经办人员）：约定服务期内迁离的双领项目形成应退回款 */
        post: operations["postProjectsByIdLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/projects/{id}/money": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 项目的分期资助与应退回款 */
        get: operations["getProjectsByIdMoney"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 走访记录（本人管辖地区；mine=1 只看本人登记的“我的走访”） */
        get: operations["getVisits"];
        put?: never;
        /** 登记走访（人才办、承办部门、领导；本人管辖地区已核验的企业）：走访日期不晚于今天、不早于企业注册，主题从列表中选择，发现的问题同时进入问题池；Idempotency-Key 相同的重发返回同一走访记录 */
        post: operations["postVisits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可登记走访的企业（本人管辖地区已核验的企业） */
        get: operations["getVisitsEnterprises"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 走访主题 */
        get: operations["getVisitsTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 走访覆盖情况（按县（市、区）与年度）：已核验企业、已走访企业与覆盖率、大中型企业覆盖率、走访次数、走访发现问题 */
        get: operations["getVisitsCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 导出走访记录与覆盖情况（.xlsx） */
        get: operations["getVisitsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一次走访及其发现的问题 */
        get: operations["getVisitsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 专项职业能力考核规范（本人管辖地区）：最新版本、已发布版本、题量 */
        get: operations["getSkillsStandards"];
        put?: never;
        /** 制定考核规范（人才办经办人员；第 1 版） */
        post: operations["postSkillsStandards"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/standards/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一项考核规范：全部版本、大纲、题库（答案仅编辑者可见） */
        get: operations["getSkillsStandardsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/standards/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修订考核规范：新增一个版本（旧版本保留），须说明原因；未填的字段沿用最新版本 */
        post: operations["postSkillsStandardsByIdVersions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/standards/{id}/versions/{version}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布草稿版本 */
        post: operations["postSkillsStandardsByIdVersionsByVersionPublish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/standards/{id}/syllabus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 保存培训考核大纲（章节标题与内容） */
        put: operations["putSkillsStandardsByIdSyllabus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/standards/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 题库加题：单选（选项与答案字母）、判断（对/错）、实操（评分要点），分值 */
        post: operations["postSkillsStandardsByIdItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/standards/{id}/paper": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 面向考生的考核材料：已发布版本、大纲与试题（不含答案） */
        get: operations["getSkillsStandardsByIdPaper"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 考核场次（本人管辖地区） */
        get: operations["getSkillsSessions"];
        put?: never;
        /** 组织考核场次：考核规范的已发布版本、日期、地点 */
        post: operations["postSkillsSessions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个考核场次：考生（脱敏）、成绩与证书 */
        get: operations["getSkillsSessionsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/sessions/{id}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 添加考生：人才库人员（personId）或姓名与身份证号 */
        post: operations["postSkillsSessionsByIdCandidates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/candidates/{id}/score": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记成绩（0 至满分；达到合格分数线即合格） */
        post: operations["postSkillsCandidatesByIdScore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/candidates/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看考生完整身份证号（须说明用途，记入审计日志） */
        post: operations["postSkillsCandidatesByIdReveal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/candidates/{id}/certificate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 为合格考生发证：证书编号唯一（不填则自动编号），签名凭证供二维码核验 */
        post: operations["postSkillsCandidatesByIdCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销证书（须说明原因） */
        post: operations["postSkillsCertificatesByIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/certificates/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 证书核验（无需登录）：按证书编号或扫描二维码得到的凭证，答复有效、已撤销或无效，持证人信息脱敏 */
        get: operations["getSkillsCertificatesCheck"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/licences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 职业技能等级认定资格（人才办：本人管辖地区；企业账号：本企业） */
        get: operations["getSkillsLicences"];
        put?: never;
        /** 备案企业的职业技能等级认定资格：职业（工种）、等级（五级至一级）、备案日期 */
        post: operations["postSkillsLicences"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/licences/enterprises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可备案认定资格的企业（本人管辖地区已核验的企业） */
        get: operations["getSkillsLicencesEnterprises"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 认定批次（人才办：本人管辖地区；企业账号：本企业） */
        get: operations["getSkillsBatches"];
        put?: never;
        /** 登记一批认定结果（取得认定资格的企业账号）：每人职业、等级须在备案范围内，证书编号不得重复；Idempotency-Key 相同的重发返回同一批次 */
        post: operations["postSkillsBatches"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 一个认定批次及其记录（身份证号脱敏） */
        get: operations["getSkillsBatchesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/skills/recognitions/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 认定人次统计：按县（市、区）与等级，高技能（三级/高级工及以上） */
        get: operations["getSkillsRecognitionsCounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 验证本市签发凭证（人才码、企业码、证书）的公钥（JWK Set，Ed25519；当前密钥在前，轮换前的密钥仍可验证旧凭证） */
        get: operations["getWellKnownJwksJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 全市预算模拟（合成人口）
         * @description 在合成人口（合成数据 SYNTHETIC，假设见 docs/simulation.md）上按年度运行政策：按条款、待遇、资金来源、地区、层次、年度汇总金额和人数；给出 set 时同时计算改革方案及差额、受益增加/减少人数与变化最大的项目。与命令行 `rencai simulate --json` 相同。
         */
        post: operations["postSimulate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/simulate/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * 全市预算模拟（合成人口），Excel 工作簿（每个汇总维度一张工作表）
         * @description 在合成人口（合成数据 SYNTHETIC，假设见 docs/simulation.md）上按年度运行政策：按条款、待遇、资金来源、地区、层次、年度汇总金额和人数；给出 set 时同时计算改革方案及差额、受益增加/减少人数与变化最大的项目。与命令行 `rencai simulate --json` 相同。
         */
        post: operations["postSimulateXlsx"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    postCalculate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "date": "2023-01-01",
                 *       "profile": {
                 *         "region": "kecheng",
                 *         "person": {
                 *           "qualifications": [
                 *             "全日制博士研究生"
                 *           ],
                 *           "fullTime": true,
                 *           "arrivalDate": "2021-03-01",
                 *           "post": "teacher",
                 *           "serviceAgreementYears": 5,
                 *           "hasPurchased": true,
                 *           "purchase": {
                 *             "date": "2021-06-30",
                 *             "price": 1200000,
                 *             "isFirst": true,
                 *             "sold": false
                 *           }
                 *         }
                 *       }
                 *     }
                 */
                "application/json": {
                    /** @description 人才或单位档案（字段均可省略；省略的事实为“待确定”，不会当作“否”或零）。金额以元填写，日期为 YYYY-MM-DD。 */
                    profile: {
                        /**
                         * @description 工作（注册）地区｜您（或企业）在哪个县（市、区）工作或注册？：quzhou_city=衢州市本级，kecheng=柯城区，qujiang=衢江区，zhizao=智造新城，lvchan=绿色产业集聚区，longyou=龙游县，jiangshan=江山市，changshan=常山县，kaihua=开化县，jiaojiang=椒江区，wenling=温岭市，yuhuan=玉环市，tiantai=天台县（代码或中文名称）
                         * @enum {string|null}
                         */
                        region?: "quzhou_city" | "衢州市本级" | "kecheng" | "柯城区" | "qujiang" | "衢江区" | "zhizao" | "智造新城" | "lvchan" | "绿色产业集聚区" | "longyou" | "龙游县" | "jiangshan" | "江山市" | "changshan" | "常山县" | "kaihua" | "开化县" | "jiaojiang" | "椒江区" | "wenling" | "温岭市" | "yuhuan" | "玉环市" | "tiantai" | "天台县" | null;
                        person?: {
                            /** @description 姓名 */
                            name?: string | null;
                            /** @description 人才资格（荣誉、计划、职称、学历、技能）｜您具有哪些人才资格、职称、学历或技能等级？（如没有请选择“无”）（资格代码、官方名称或别名，见 GET /api/v1/qualifications；一旦提供即视为完整清单；最多 100 项） */
                            qualifications?: (string | {
                                code: string;
                                /** @description 取得日期（YYYY-MM-DD） */
                                obtained?: string | null;
                            })[] | null;
                            recognizedTier?: {
                                /** @description 人才办认定的津贴层次（第19条第几项）｜人才办是否已认定您为“相应层次人才”？认定为第19条第几项？ */
                                art19?: number | null;
                                /** @description 人才办认定的购房补助层次（第20条第几项）｜人才办认定的购房补助层次（第20条第几项）？ */
                                art20?: number | null;
                                /** @description 层次认定依据 */
                                basis?: string | null;
                            } | null;
                            /** @description 全职在当地工作｜您是否全职在当地工作（劳动关系、社保在当地）？ */
                            fullTime?: boolean | null;
                            /** @description 全职来当地工作（到岗）日期｜您全职来当地工作（到岗）的日期是？（YYYY-MM-DD） */
                            arrivalDate?: string | null;
                            /**
                             * @description 岗位类别｜您所在的岗位是？：teacher=教师岗位，doctor=医生岗位，other=其他岗位（代码或中文名称）
                             * @enum {string|null}
                             */
                            post?: "teacher" | "教师岗位" | "doctor" | "医生岗位" | "other" | "其他岗位" | null;
                            /**
                             * @description 用人单位类型｜您的用人单位是？：enterprise=企业，public_institution=事业单位，other=其他（含机关、社会组织）（代码或中文名称）
                             * @enum {string|null}
                             */
                            employerType?: "enterprise" | "企业" | "public_institution" | "事业单位" | "other" | "其他（含机关、社会组织）" | null;
                            /** @description 在重点产业领域企业工作｜您所在企业是否属于重点产业领域？ */
                            keyIndustryEnterprise?: boolean | null;
                            /** @description 从事本专业技术岗位｜您是否在本专业技术岗位工作？ */
                            professionalPost?: boolean | null;
                            /** @description 由单位聘用从事社会工作｜您是否由单位聘用从事社会工作？ */
                            employedAsSocialWorker?: boolean | null;
                            /** @description 在紧缺职业（工种）一线对口岗位工作｜您是否在企事业紧缺职业（工种）一线对口岗位工作？ */
                            shortageFrontlinePost?: boolean | null;
                            /** @description 急需紧缺专业｜您所学专业是否列入急需紧缺专业目录？ */
                            urgentMajor?: boolean | null;
                            /** @description 急需紧缺专业依据（目录版本及条目） */
                            urgentMajorBasis?: string | null;
                            /** @description 由卫健系统引进｜您是否由卫健系统单位引进？ */
                            healthSystem?: boolean | null;
                            /** @description 与用人单位签订的服务协议年限｜您与用人单位签订的服务协议是几年？（未签订填 0） */
                            serviceAgreementYears?: number | null;
                            /** @description 自主创业｜您是否在当地自主创业？ */
                            selfEmployed?: boolean | null;
                            /** @description 已在当地购房｜您是否已在当地购房？ */
                            hasPurchased?: boolean | null;
                            purchase?: {
                                /** @description 购房日期（网签/合同日期）｜您首次购房的日期（购房合同日期）是？（YYYY-MM-DD） */
                                date?: string | null;
                                /** @description 实际房价（元）｜所购住房的实际总价是多少元？（元，最多两位小数） */
                                price?: number | string | null;
                                /** @description 首次购房｜这是否是您在当地的首次购房？ */
                                isFirst?: boolean | null;
                                /** @description 所购住房已上市交易｜所购住房是否已经上市交易（出售）？ */
                                sold?: boolean | null;
                                /** @description 所购住房上市交易日期｜所购住房的上市交易日期是？（YYYY-MM-DD） */
                                soldDate?: string | null;
                            } | null;
                            /** @description 县（市、区）推荐的优秀人才｜您是否为县（市、区）推荐的优秀人才？ */
                            countyRecommended?: boolean | null;
                            /** @description 租住人才公寓｜您是否租住人才公寓？ */
                            talentApartment?: boolean | null;
                            /** @description 应届毕业生｜您来当地就业时是否为应届毕业生？ */
                            freshGraduate?: boolean | null;
                            /**
                             * @description 毕业院校（定制班）｜您毕业于？：quzhou_university=衢州学院，quzhou_vocational=衢州职业技术学院，city_custom_class=市本级企业“定制班”，other=其他院校（代码或中文名称）
                             * @enum {string|null}
                             */
                            graduateOf?: "quzhou_university" | "衢州学院" | "quzhou_vocational" | "衢州职业技术学院" | "city_custom_class" | "市本级企业“定制班”" | "other" | "其他院校" | null;
                            talentProgram?: {
                                /**
                                 * @description 自主申报入选的“引才计划”层级｜您自主申报入选的是哪一级“引才计划”？：national=国家级，provincial=省级（代码或中文名称）
                                 * @enum {string|null}
                                 */
                                level?: "national" | "国家级" | "provincial" | "省级" | null;
                                /** @description 自主申报入选｜您是否通过自主申报入选“引才计划”？ */
                                selfApplied?: boolean | null;
                                /** @description 国家或省给予的补助奖励额度（元）｜国家或省给予您的“引才计划”补助奖励额度是多少元？（元，最多两位小数） */
                                award?: number | string | null;
                                /** @description 入选日期｜您入选“引才计划”的日期是？（YYYY-MM-DD） */
                                selectedDate?: string | null;
                            } | null;
                            art17?: {
                                /** @description 经投资项目主体推荐｜您是否由投资项目主体推荐享受领军人才待遇？ */
                                recommended?: boolean | null;
                                /** @description 投资方为世界500强、跨国公司或境外行业龙头企业｜投资方是否为世界500强、跨国公司或境外行业龙头企业？ */
                                globalCompany?: boolean | null;
                                /** @description 项目实际利用外资（美元）｜项目实际利用外资多少美元？ */
                                foreignCapitalUsd?: number | null;
                                /** @description 项目新引进实际固定资产投资（元）｜项目新引进实际固定资产投资多少元？（元，最多两位小数） */
                                fixedAssetInvestment?: number | string | null;
                                /** @description 其他牵引性强、具有整合产业链能力的重大产业招商项目｜项目是否经认定为其他重大产业招商项目？ */
                                majorProject?: boolean | null;
                            } | null;
                            cultureAward?: {
                                /**
                                 * @description 文化类权威奖项层级｜您获得的文化类权威奖项是？：national=国家级文化类权威奖项，provincial=省级文化类权威奖项，cflac=进入中国文联常设奖展，none=未获得文化类权威奖项（代码或中文名称）
                                 * @enum {string|null}
                                 */
                                level?: "national" | "国家级文化类权威奖项" | "provincial" | "省级文化类权威奖项" | "cflac" | "进入中国文联常设奖展" | "none" | "未获得文化类权威奖项" | null;
                                /** @description 文化类奖项获奖日期｜获奖日期是？（YYYY-MM-DD） */
                                date?: string | null;
                            } | null;
                            /** @description 需配套奖励的奖项或入选｜您是否获得“四个一批”、青年英才或世界级、国家级、省级技能奖项？（最多 500 项） */
                            matchingAwards?: {
                                /** @description 奖项名称 */
                                name?: string | null;
                                /**
                                 * @description 类别：four_batches=全国文化名家暨宣传文化系统“四个一批”人才，young_talent=青年英才，skill_world=世界级技能奖项，skill_national=国家级技能奖项，skill_provincial=省级技能奖项（代码或中文名称）
                                 * @enum {string|null}
                                 */
                                category?: "four_batches" | "全国文化名家暨宣传文化系统“四个一批”人才" | "young_talent" | "青年英才" | "skill_world" | "世界级技能奖项" | "skill_national" | "国家级技能奖项" | "skill_provincial" | "省级技能奖项" | null;
                                /** @description 上级奖励金额（元）（元，最多两位小数） */
                                award?: number | string | null;
                                /** @description 获奖日期（YYYY-MM-DD） */
                                date?: string | null;
                            }[] | null;
                            postdoc?: {
                                /**
                                 * @description 所在博士后科研工作站层级｜您所在的博士后科研工作站是国家级还是省级？：national=国家级，provincial=省级，none=不在博士后科研工作站（代码或中文名称）
                                 * @enum {string|null}
                                 */
                                stationLevel?: "national" | "国家级" | "provincial" | "省级" | "none" | "不在博士后科研工作站" | null;
                                /** @description 进站日期｜您进站从事博士后研究的日期是？（YYYY-MM-DD） */
                                startDate?: string | null;
                            } | null;
                        } | null;
                        enterprise?: {
                            /** @description 单位名称 */
                            name?: string | null;
                            /**
                             * @description 所属领域｜单位属于哪个领域？：digital_economy=数字经济，new_materials_energy=新材料新能源，livelihood=重点民生领域，other=其他（代码或中文名称）
                             * @enum {string|null}
                             */
                            sector?: "digital_economy" | "数字经济" | "new_materials_energy" | "新材料新能源" | "livelihood" | "重点民生领域" | "other" | "其他" | null;
                            /** @description 本年度实际支付年薪的高层次人才｜本年度企业向哪些高层次人才实际支付年薪？（最多 500 项） */
                            experts?: {
                                /** @description 专家姓名 */
                                name?: string | null;
                                /** @description 经认定为创新能力强、掌握关键核心技术的高层次人才｜该专家是否经认定为创新能力强、掌握关键核心技术的高层次人才？ */
                                qualified?: boolean | null;
                                /** @description 本年度实际支付年薪（元）｜本年度实际支付该专家的年薪是多少元？（元，最多两位小数） */
                                salary?: number | string | null;
                                /** @description 此前已获薪酬补助年数｜此前已为该专家获得过几年薪酬补助？ */
                                yearsSubsidized?: number | null;
                            }[] | null;
                            academicianStation?: {
                                /** @description 院士专家工作站设立（合作项目实施）日期｜院士专家工作站设立（或院士合作项目实施）的日期是？（YYYY-MM-DD） */
                                established?: string | null;
                                /** @description 进站（合作）院士人数｜工作站引进（合作）了几名院士？ */
                                academicians?: number | null;
                                /**
                                 * @description 优秀院士专家工作站评定｜工作站是否被评为优秀院士专家工作站？：none=未评为优秀，provincial=省级优秀，national=国家级优秀（代码或中文名称）
                                 * @enum {string|null}
                                 */
                                excellent?: "none" | "未评为优秀" | "provincial" | "省级优秀" | "national" | "国家级优秀" | null;
                                /** @description 评为优秀工作站的日期｜工作站被评为优秀的日期是？（YYYY-MM-DD） */
                                excellentDate?: string | null;
                                /** @description 优秀工作站获得的上级补助（元）｜被评为优秀工作站获得的上级补助金额是多少元？（元，最多两位小数） */
                                excellentAward?: number | string | null;
                            } | null;
                            postdocStation?: {
                                /**
                                 * @description 博士后科研工作站层级｜单位创建的博士后科研工作站是国家级还是省级？（未创建的选“未创建”）：national=国家级，provincial=省级，none=未创建博士后科研工作站（代码或中文名称）
                                 * @enum {string|null}
                                 */
                                level?: "national" | "国家级" | "provincial" | "省级" | "none" | "未创建博士后科研工作站" | null;
                                /** @description 博士后科研工作站获批日期｜博士后科研工作站获批创建的日期是？（YYYY-MM-DD） */
                                established?: string | null;
                            } | null;
                            /** @description 培养的“星级”主播｜直播运营主体培养了哪些“星级”主播？（最多 500 项） */
                            streamers?: {
                                /** @description 主播名称 */
                                name?: string | null;
                                /** @description 直播平台 */
                                platform?: string | null;
                                /** @description 经认定为“星级”主播｜是否经认定为社会知名度高、产业带动性强、营销业绩突出的“星级”主播？ */
                                starred?: boolean | null;
                                /** @description 认定日期｜认定日期是？（YYYY-MM-DD） */
                                recognizedDate?: string | null;
                                /** @description 知名主播｜是否为知名主播？ */
                                famous?: boolean | null;
                                /** @description 地方综合贡献（元）｜该主播带来的地方综合贡献是多少元？（元，最多两位小数） */
                                localContribution?: number | string | null;
                            }[] | null;
                        } | null;
                        /** @description 人才创业项目｜您（或企业）是否有经评定的人才创业项目？（最多 500 项） */
                        projects?: {
                            /** @description 项目名称 */
                            name?: string | null;
                            /**
                             * @description 项目类别：shuangling=“衢时代双领”计划，qujiang_lead_industry=衢江区主导产业人才创业项目（代码或中文名称）
                             * @enum {string|null}
                             */
                            programme?: "shuangling" | "“衢时代双领”计划" | "qujiang_lead_industry" | "衢江区主导产业人才创业项目" | null;
                            /**
                             * @description 评定类别：A=A类，B=B类，C=C类（代码或中文名称）
                             * @enum {string|null}
                             */
                            class?: "A" | "A类" | "B" | "B类" | "C" | "C类" | null;
                            /**
                             * @description 所属产业：acupuncture_health=针灸康养，safe_agriculture=放心农业，machinery=机械制造，specialty_paper=特种纸业，other=其他产业（代码或中文名称）
                             * @enum {string|null}
                             */
                            industry?: "acupuncture_health" | "针灸康养" | "safe_agriculture" | "放心农业" | "machinery" | "机械制造" | "specialty_paper" | "特种纸业" | "other" | "其他产业" | null;
                            /** @description 已落户当地｜项目是否已落户当地？ */
                            settled?: boolean | null;
                            /** @description 评定日期｜项目评定的日期是？（YYYY-MM-DD） */
                            assessedDate?: string | null;
                            /**
                             * @description 升档后类别：A=A类，B=B类（代码或中文名称）
                             * @enum {string|null}
                             */
                            upgradedClass?: "A" | "A类" | "B" | "B类" | null;
                            /** @description 升档评定日期｜升档评定的日期是？（YYYY-MM-DD） */
                            upgradeDate?: string | null;
                            /** @description 五年内地方综合贡献（元）｜项目五年内的地方综合贡献是多少元？（元，最多两位小数） */
                            localContribution?: number | string | null;
                            /** @description 生物医药类企业｜是否为生物医药类企业？ */
                            biomedicine?: boolean | null;
                        }[] | null;
                    };
                    /** @description 计算日期 YYYY-MM-DD（默认今天，北京时间） */
                    date?: string;
                    /** @description 政策包 ID（默认按 profile.region 选择适用的政策包） */
                    policy?: string;
                    /** @description 参数调整（改革方案，仅作用于本次计算）：["参数路径=值[@YYYY-MM-DD]"]，或 {参数路径: 值 | {value, from?} | [{value, from?}]}；金额以元填写；最多 100 项。参数路径见 GET /api/v1/policies/{id} */
                    set?: string[] | {
                        [key: string]: (number | string | boolean) | {
                            value: number | string | boolean;
                            /** @description 生效日期 YYYY-MM-DD（省略 = 全部期间） */
                            from?: string;
                            note?: string;
                        } | {
                            value: number | string | boolean;
                            /** @description 生效日期 YYYY-MM-DD（省略 = 全部期间） */
                            from?: string;
                            note?: string;
                        }[];
                    };
                    /** @description 同时列出不能享受的待遇及第一条不满足的条件 */
                    whyNot?: boolean;
                };
            };
        };
        responses: {
            /** @description 计算结果（rencai.result/1）：entitlements、inKind、obligations、undetermined、notEligible、missingFacts、awaitingData、totals、policies（含版本哈希） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 请求过于频繁（按来源地址限流），请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getPolicies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 政策包：ID、文号、施行日期、适用地区、版本哈希、原文路径 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 请求过于频繁（按来源地址限流），请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getPoliciesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 政策包 ID，如 quzhou-2020 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 政策包详情 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 请求过于频繁（按来源地址限流），请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getQualifications: {
        parameters: {
            query?: {
                /** @description 搜索词：名称、别名或代码的一部分 */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 资格：code、name、aliases、group */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 请求过于频繁（按来源地址限流），请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getFacts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 档案字段 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 请求过于频繁（按来源地址限流），请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    username?: string;
                    password?: string;
                };
            };
        };
        responses: {
            /** @description 用户、csrfToken 与 mustChangePassword */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description {ok, endSessionUrl?} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getAuthMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 用户 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postAuthPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword?: string;
                    newPassword?: string;
                };
            };
        };
        responses: {
            /** @description {ok, mustChangePassword: false, sessionsEnded} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getAuthDemo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 请求过于频繁（按来源地址限流），请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getAdminUsers: {
        parameters: {
            query?: {
                /** @description 用户名或姓名的一部分 */
                q?: string;
                /** @description 页码（从 1 开始，默认 1） */
                page?: string;
                /** @description 每页条数（1–200，默认 20） */
                pageSize?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postAdminUsers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postAdminUsersByIdDisable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postAdminUsersByIdOidcLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    staffId?: string | null;
                };
            };
        };
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postAdminUsersByIdEnable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getAuthOidcConfig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description {enabled, label, refusals: {代码: 说明}} */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getAuthOidcStart: {
        parameters: {
            query?: {
                /** @description 登录后回到的网页路径 */
                next?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description {url}：身份认证平台的授权地址 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 重定向（Location 头） */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getAuthOidcCallback: {
        parameters: {
            query?: {
                /** @description 授权码 */
                code?: string;
                /** @description 开始登录时给出的 state */
                state?: string;
                /** @description 签发方（RFC 9207） */
                iss?: string;
                /** @description 身份认证平台的错误代码 */
                error?: string;
                /** @description 身份认证平台的错误说明 */
                error_description?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 用户、csrfToken（Accept: application/json 时） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 重定向（Location 头） */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description 拒绝登录：error 为中文说明，code 为原因代码（见 /api/v1/auth/oidc/config 的 refusals） */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                        code?: string;
                    };
                };
            };
            /** @description 拒绝登录：error 为中文说明，code 为原因代码（见 /api/v1/auth/oidc/config 的 refusals） */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                        code?: string;
                    };
                };
            };
            /** @description 拒绝登录：error 为中文说明，code 为原因代码（见 /api/v1/auth/oidc/config 的 refusals） */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                        code?: string;
                    };
                };
            };
        };
    };
    getRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 请求过于频繁（按来源地址限流），请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getPersons: {
        parameters: {
            query?: {
                /** @description 姓名（或其中几个字）或完整的 18 位身份证号 */
                q?: string;
                /** @description 地区代码（如 kecheng） */
                region?: string;
                /** @description 页码（从 1 开始，默认 1） */
                page?: string;
                /** @description 每页条数（1–200，默认 20） */
                pageSize?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postPersons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 人才档案。字段：idNumber、name、phone、region、employerId、education、qualifications、employment（每个岗位可记录 professionalPost、employedAsSocialWorker、shortageFrontlinePost、healthSystem、selfEmployed：是/否）、housing、facts（人才事实：urgentMajor、freshGraduate、graduateOf，按事实目录校验）、bankName、bankAccount */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 开户银行（2–40 字，如“中国工商银行衢州分行”）；须与 bankAccount 同时填写，两者都为 null 或空串时删除收款账户 */
                    bankName?: string | null;
                    /** @description 银行账号（12–30 位数字，可用空格分隔）；加密保存，响应中只有脱敏的 bankAccountMasked（前 4 后 4 位） */
                    bankAccount?: string | null;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getPersonsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    patchPersonsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        /** @description 要修改的字段（只给出要改的）。字段：idNumber、name、phone、region、employerId、education、qualifications、employment（每个岗位可记录 professionalPost、employedAsSocialWorker、shortageFrontlinePost、healthSystem、selfEmployed：是/否）、housing、facts（人才事实：urgentMajor、freshGraduate、graduateOf，按事实目录校验）、bankName、bankAccount；人才本人只能改 bankName、bankAccount */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 开户银行（2–40 字，如“中国工商银行衢州分行”）；须与 bankAccount 同时填写，两者都为 null 或空串时删除收款账户 */
                    bankName?: string | null;
                    /** @description 银行账号（12–30 位数字，可用空格分隔）；加密保存，响应中只有脱敏的 bankAccountMasked（前 4 后 4 位） */
                    bankAccount?: string | null;
                    /** @description 修改理由（记入版本历史）；变更收款账户（bankName、bankAccount）时必填，并须带 If-Match 头（缺少时 428，版本过时 409），记入审计日志并以站内消息通知账户持有人 */
                    reason?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postRecognitionsByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postPersonsByIdConfirmEmployment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getPersonsByIdHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postPersonsByIdReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getEmployers: {
        parameters: {
            query?: {
                /** @description 单位名称（或其中几个字）或统一社会信用代码 */
                q?: string;
                /** @description 地区代码 */
                region?: string;
                /** @description 页码（从 1 开始，默认 1） */
                page?: string;
                /** @description 每页条数（1–200，默认 20） */
                pageSize?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postEmployers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 单位信息。字段：uscc、name、region、kind、keyIndustry、sector、facts（单位事实：streamers、projects，按事实目录校验；修改须在 reason 中写明认定或评定文件）、bankName、bankAccount */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 开户银行（2–40 字，如“中国工商银行衢州分行”）；须与 bankAccount 同时填写，两者都为 null 或空串时删除收款账户 */
                    bankName?: string | null;
                    /** @description 银行账号（12–30 位数字，可用空格分隔）；加密保存，响应中只有脱敏的 bankAccountMasked（前 4 后 4 位） */
                    bankAccount?: string | null;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getEmployersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    patchEmployersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        /** @description 要修改的字段（只给出要改的）。字段：uscc、name、region、kind、keyIndustry、sector、facts（单位事实：streamers、projects，按事实目录校验；修改须在 reason 中写明认定或评定文件）、bankName、bankAccount；单位经办人只能改 bankName、bankAccount，或只给 facts.streamers（本单位主播） */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 开户银行（2–40 字，如“中国工商银行衢州分行”）；须与 bankAccount 同时填写，两者都为 null 或空串时删除收款账户 */
                    bankName?: string | null;
                    /** @description 银行账号（12–30 位数字，可用空格分隔）；加密保存，响应中只有脱敏的 bankAccountMasked（前 4 后 4 位） */
                    bankAccount?: string | null;
                    /** @description 修改理由（记入版本历史）；变更收款账户（bankName、bankAccount）时必填，并须带 If-Match 头（缺少时 428，版本过时 409），记入审计日志并以站内消息通知账户持有人 */
                    reason?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postImportPersons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postImportEmployers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getImportPersonsTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getImportEmployersTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getExportPersons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getExportEmployers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getExportApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMatters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 事项 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 请求过于频繁（按来源地址限流），请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeMatters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 可申报的事项 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getApplications: {
        parameters: {
            query?: {
                /** @description 状态（如 submitted、accepted、approved） */
                state?: string;
                /** @description 事项代码 */
                matter?: string;
                /** @description true：只看超期 */
                overdue?: string;
                /** @description true：只看待本部门审核 */
                awaitingMyReview?: string;
                /** @description 申报人姓名（或其中几个字）或完整的 18 位身份证号 */
                q?: string;
                /** @description 页码（从 1 开始，默认 1） */
                page?: string;
                /** @description 每页条数（1–200，默认 20） */
                pageSize?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getApplicationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplicationsByIdFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getApplicationsByIdFilesBySha: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
                /** @description 材料的 SHA-256 */
                sha: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF、JPEG 或 PNG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplicationsByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplicationsByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplicationsByIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postAdminOverdue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplicationsByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplicationsByIdReviews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplicationsByIdApprove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplicationsByIdOpenRulesDecide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplicationsByIdOpenRulesClose: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplicationsByIdConfirmAdjustment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplicationsByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getApplicationsByIdComputation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getDecisionsChanges: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postMessagesRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeEntitlements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postProactiveRun: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getLedger: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    putAdminFiscalSharesByRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                region: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postLedgerPayments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getPaymentBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postPaymentBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getPaymentBatchesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getPaymentBatchesByIdExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postPaymentBatchesByIdResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getStatsDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getStatsDashboardExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    putAdminCalendarByYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                year: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getAdminAuditVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getOfficialValues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 参数 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postOfficialValues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description 录入一个带日期的官方数值（由另一人确认后生效） */
        requestBody: {
            content: {
                "application/json": {
                    /** @description 参数路径，如 housing_price.urban_new_home_avg（可录入的参数见 GET /api/v1/official-values） */
                    path?: string;
                    /** @description 政策包 ID（可省略） */
                    policy?: string;
                    /** @description 起始日期 YYYY-MM-DD；半年度均价为 1 月 1 日或 7 月 1 日 */
                    from?: string;
                    /** @description 数值：金额按元（最多两位小数），档次、口径为选项值 */
                    value?: string | number;
                    /** @description 出处：文件名称或文号（doc）、条款（article）或网址（url）、原文（text） */
                    source?: {
                        doc?: string;
                        article?: string;
                        url?: string;
                        text?: string;
                    };
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description 待确认的数值 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getOfficialValuesHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getOfficialValuesByIdImpact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 受影响的核定与 token */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postOfficialValuesByIdConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description GET …/impact 返回的 token */
                    impactToken?: string;
                };
            };
        };
        responses: {
            /** @description 已确认的数值与受影响的核定 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postOfficialValuesByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 退回理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 已退回的数值 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getApplicationsByIdDecisionReproduce: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 复算结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getWorklistProgress: {
        parameters: {
            query?: {
                /** @description 截至日期 YYYY-MM-DD（默认今天） */
                asOf?: string;
                /** @description 责任单位代码 */
                unit?: string;
                /** @description 县（市、区）代码 */
                region?: string;
                /** @description 任务序号 1–16 */
                task?: string;
                /** @description 状态：done、on_track、lagging、severe、missed、no_data */
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 推进情况 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getWorklistTargetsById: {
        parameters: {
            query?: {
                /** @description 截至日期 YYYY-MM-DD */
                asOf?: string;
                /** @description 县（市、区）代码 */
                region?: string;
            };
            header?: never;
            path: {
                /** @description 指标编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 指标详情 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postWorklistTargetsByIdValue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 指标编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 新的目标值 */
                    value?: number | string;
                    /** @description 理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 调整后的目标 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postWorklistTargetsByIdSplit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 指标编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 县（市、区）代码 → 分解数 */
                    split?: {
                        [key: string]: number | string;
                    };
                    /** @description 理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 分解结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getWorklistDuties: {
        parameters: {
            query?: {
                /** @description todo 待填报、review 待人才办审核、accepted 已采纳、late 逾期 */
                state?: string;
                /** @description 期次 */
                period?: string;
                /** @description 指标编号 */
                targetId?: string;
                /** @description 责任单位代码 */
                unit?: string;
                /** @description 地区代码 */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 填报任务 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postWorklistReports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 指标编号 */
                    targetId?: string;
                    /** @description 地区（分解到县的指标、各县填报时）；市级单位可省略 */
                    region?: string;
                    /** @description 期次：季度如 2026Q3，月份如 2026-07 */
                    period?: string;
                    /** @description 本期数值：人数、个数为整数；比例为百分数，最多两位小数 */
                    value?: number | string;
                    /** @description 计量单位（可省略；填写时须与指标一致，如 人、个、家、人次、%） */
                    unit?: string;
                    /** @description 进展情况（不超过 2000 字） */
                    narrative?: string;
                    /** @description 更正已采纳数据时的理由 */
                    correctionReason?: string;
                    /** @description 修改草稿时读取到的版本号 */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 填报 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getWorklistReportsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 填报 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postWorklistReportsByIdFiles: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getWorklistReportsByIdFilesBySha: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
                /** @description 材料的 SHA-256 */
                sha: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PDF、JPEG 或 PNG */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postWorklistReportsByIdSubmit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由（退回时必填） */
                    reason?: string;
                    /** @description 读取到的版本号 */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 填报 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postWorklistReportsByIdSign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由（退回时必填） */
                    reason?: string;
                    /** @description 读取到的版本号 */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 填报 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postWorklistReportsByIdSendBack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由（退回时必填） */
                    reason?: string;
                    /** @description 读取到的版本号 */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 填报 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postWorklistReportsByIdReturn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由（退回时必填） */
                    reason?: string;
                    /** @description 读取到的版本号 */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 填报 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postWorklistReportsByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由（退回时必填） */
                    reason?: string;
                    /** @description 读取到的版本号 */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 填报 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getWorklistItems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 工作事项 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postWorklistItemsByNoMilestones: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 工作事项序号，如 2.1 */
                no: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 节点内容 */
                    title?: string;
                    /** @description 完成时限 YYYY-MM-DD */
                    dueOn?: string;
                };
            };
        };
        responses: {
            /** @description 新节点 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postWorklistMilestonesByIdDone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 完成日期 YYYY-MM-DD（默认今天） */
                    doneOn?: string;
                    /** @description 完成情况 */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 已完成的节点 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getWorklistBriefing: {
        parameters: {
            query?: {
                /** @description 截至日期 YYYY-MM-DD */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 通报 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getWorklistBriefingExport: {
        parameters: {
            query?: {
                /** @description 截至日期 YYYY-MM-DD */
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postAdminWorklistNotices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 发送数 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getAdminJobs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 定时任务 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getAdminJobsByNameRuns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 定时任务：applications.escalate（申报件超期督办）、worklist.notices（重点任务清单填报提醒与逾期督办）、enterprises.escalate（企业问题超期督办）、proactive.screen（免申即享筛查（全人才库）） */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 运行记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postAdminJobsByNameRun: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 定时任务：applications.escalate（申报件超期督办）、worklist.notices（重点任务清单填报提醒与逾期督办）、enterprises.escalate（企业问题超期督办）、proactive.screen（免申即享筛查（全人才库）） */
                name: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 本次运行 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 我的人才卡 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postMeCard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人才卡 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeCardCode: {
        parameters: {
            query?: {
                /** @description live（实时码，默认）或 print（打印卡） */
                use?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 签名的人才码 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postMeCardLost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 已吊销的卡 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeCardUses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 使用记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getPersonsByIdCards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人才卡 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postPersonsByIdCards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人才卡 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postCardsByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 人才卡 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postCardsIssueDue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 开通与停用数 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCardsUsesStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 使用统计 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCardsPartner: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 合作单位 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postCardsVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 扫描或粘贴的人才码 */
                    code?: string;
                    /** @description 本次提供的服务代码（记录使用时） */
                    service?: string;
                    /** @description 本次请求的编号（8–80 位；重发时不变，只记一次） */
                    requestId?: string;
                    /** @description 先更新吊销名单 */
                    refresh?: boolean;
                };
            };
        };
        responses: {
            /** @description 核验结果：仅含结论、脱敏姓名与卡级 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "valid" | "expired" | "revoked" | "invalid";
                        /** @description 有效 / 已过期 / 已吊销 / 无效 */
                        statusText: string;
                        reason: string;
                        /** @description 脱敏姓名，如 林*远 */
                        maskedName: string | null;
                        /** @description 卡级：人才金卡、人才银卡、人才普通卡 */
                        levelName: string | null;
                        /** @description 所依据的吊销名单生成至今的秒数 */
                        listAgeSeconds: number | null;
                        use: {
                            service?: string;
                            serviceName?: string;
                            usedAt?: string;
                        } | null;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCardsStatusList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description 签名的状态列表（JWS，typ=status-list+jwt） */
                        statusList?: string;
                        issuedAt?: string;
                    };
                };
            };
            /** @description 请求过于频繁（按来源地址限流），请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postEnterprisesRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 统一社会信用代码（18 位） */
                    creditCode?: string;
                    /** @description 企业名称 */
                    name?: string;
                    /** @description 国民经济行业分类（GB/T 4754-2017）门类 A–T */
                    industry?: string;
                    /** @description 所在县（市、区）代码 */
                    region?: string;
                    /**
                     * @description 企业规模
                     * @enum {string}
                     */
                    size?: "large" | "medium" | "small" | "micro";
                    /** @description 联系人姓名 */
                    contactName?: string;
                    /** @description 联系人手机号 */
                    contactPhone?: string;
                    /** @description 登录用户名 */
                    username?: string;
                    /** @description 登录密码（至少 10 位） */
                    password?: string;
                    /** @description 请求编号（也可用 Idempotency-Key 请求头） */
                    idempotencyKey?: string;
                };
            };
        };
        responses: {
            /** @description 企业注册 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getEnterprisesCatalogues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 目录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 请求过于频繁（按来源地址限流），请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeEnterprise: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 企业 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeEnterpriseCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 企业码 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postMeEnterpriseCodeReissue: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 企业码 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getEnterpriseCode: {
        parameters: {
            query?: {
                /** @description 企业码凭证 */
                c?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 企业服务页 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getEnterprises: {
        parameters: {
            query?: {
                /** @description pending（待核验）、verified、rejected */
                state?: string;
                /** @description 县（市、区）代码 */
                region?: string;
                /** @description 行业门类 */
                industry?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 企业 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getEnterprisesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 企业 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postEnterprisesByIdVerify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 企业 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postEnterprisesByIdRevealPhone: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 用途 */
                    purpose?: string;
                };
            };
        };
        responses: {
            /** @description 完整手机号 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postEnterprisesByIdReject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 企业 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getEnterpriseProblems: {
        parameters: {
            query?: {
                /** @description 状态 */
                state?: string;
                /** @description 类别 */
                category?: string;
                /** @description 县（市、区） */
                region?: string;
                /** @description 承办部门 */
                department?: string;
                /** @description 1：只看超期 */
                overdue?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 问题 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postEnterpriseProblems: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 问题类别
                     * @enum {string}
                     */
                    category?: "talent" | "housing" | "schooling" | "policy" | "other";
                    /** @description 问题描述 */
                    description?: string;
                    /** @description 请求编号 */
                    idempotencyKey?: string;
                };
            };
        };
        responses: {
            /** @description 问题 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getEnterpriseProblemsStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 统计 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getEnterpriseProblemsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 问题 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postEnterpriseProblemsByIdAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 答复内容 */
                    answer?: string;
                    /** @description 读取时的版本号（他人已改动时回答 409） */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 问题 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postEnterpriseProblemsByIdReopen: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由 */
                    reason?: string;
                    /** @description 读取时的版本号（他人已改动时回答 409） */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 问题 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postEnterpriseProblemsByIdRate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 满意度 1–5 */
                    rating?: number;
                    /** @description 评价说明 */
                    note?: string;
                    /** @description 读取时的版本号（他人已改动时回答 409） */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 问题 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postEnterpriseProblemsByIdReassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 承办部门 */
                    department?: string;
                    /** @description 理由 */
                    reason?: string;
                    /** @description 读取时的版本号（他人已改动时回答 409） */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 问题 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getEnterpriseDemands: {
        parameters: {
            query?: {
                /** @description 行业门类 */
                industry?: string;
                /** @description 县（市、区） */
                region?: string;
                /** @description 年度 */
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 人才需求 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postEnterpriseDemands: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 岗位 */
                    post?: string;
                    /** @description 需求人数 */
                    headcount?: number;
                    /**
                     * @description 学历要求
                     * @enum {string}
                     */
                    degree?: "none" | "college" | "bachelor" | "master" | "doctor";
                    /** @description 专业要求（文字；选了 majorCode 可不填） */
                    major?: string;
                    /** @description 专业：教育部学科专业目录代码（如 u:080901 本科专业、u:0809 专业类、g:0812 研究生一级学科），见 /api/v1/disciplines */
                    majorCode?: string;
                    /** @description 月薪下限（分） */
                    salaryMinFen?: number;
                    /** @description 月薪上限（分） */
                    salaryMaxFen?: number;
                    /**
                     * @description 紧急程度
                     * @enum {string}
                     */
                    urgency?: "normal" | "urgent" | "critical";
                    /** @description 截止日期 YYYY-MM-DD */
                    deadline?: string;
                };
            };
        };
        responses: {
            /** @description 人才需求 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getEnterpriseDemandsExport: {
        parameters: {
            query?: {
                /** @description 行业门类 */
                industry?: string;
                /** @description 县（市、区） */
                region?: string;
                /** @description 年度 */
                period?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getDisciplines: {
        parameters: {
            query?: {
                /** @description 名称或代码 */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 学科专业目录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getTalentCatalogues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 目录版本 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postTalentCatalogues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 年度 */
                    year?: number;
                    /** @description 目录名称 */
                    title?: string;
                    /** @description 编制说明 */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 目录版本 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getTalentCataloguesInForce: {
        parameters: {
            query?: {
                /** @description 日期 YYYY-MM-DD */
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getTalentCataloguesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 目录版本 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postTalentCataloguesCompile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 年度 */
                    year?: number;
                    /** @description 目录名称 */
                    title?: string;
                    /** @description 编制说明 */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 目录版本 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postTalentCataloguesByIdEntries: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 行业门类 A–T */
                    industry?: string;
                    /** @description 学科专业代码（如 u:0809、u:080901、g:0812） */
                    majorCode?: string;
                    /** @description 岗位（可不填） */
                    post?: string;
                    /** @description 需求条数 */
                    demandCount?: number;
                    /** @description 需求人数 */
                    headcount?: number;
                    /** @description 说明 */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 目录版本 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postTalentCataloguesByIdEntriesByEntryIdRemove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
                /** @description 条目编号 */
                entryId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 目录版本 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postTalentCataloguesByIdPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 施行日期 YYYY-MM-DD */
                    effectiveFrom?: string;
                };
            };
        };
        responses: {
            /** @description 目录版本 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getWhitePaper: {
        parameters: {
            query?: {
                /** @description 年度（如 2025） */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 白皮书 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getWhitePaperDocx: {
        parameters: {
            query?: {
                /** @description 年度（如 2025） */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getWhitePaperXlsx: {
        parameters: {
            query?: {
                /** @description 年度（如 2025） */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getApartments: {
        parameters: {
            query?: {
                /** @description 房源状态：available 可配租、offered 已配租待入住、occupied 已入住、maintenance 维修中 */
                status?: string;
                /** @description 县（市、区）代码 */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 房源 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApartments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 所在县（市、区）代码 */
                    region?: string;
                    /** @description 项目及楼栋 */
                    project?: string;
                    /** @description 房号 */
                    unitNo?: string;
                    /** @description 建筑面积（平方米，最多两位小数） */
                    areaM2?: string | number;
                    /** @description 居室数（1–9） */
                    rooms?: string | number;
                    /** @description 月租金（元，最多两位小数） */
                    rent?: string | number;
                };
            };
        };
        responses: {
            /** @description 房源 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApartmentsByIdStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 可配租或维修中
                     * @enum {string}
                     */
                    status?: "available" | "maintenance";
                    /** @description 说明 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 房源 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApartmentsByIdOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 轮候记录编号（不填为排第一位的人才） */
                    waitlistId?: string | number;
                    /** @description 未按顺序配租的理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 配租记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getApartmentsWaitlist: {
        parameters: {
            query?: {
                /** @description 县（市、区）代码 */
                region?: string;
                /** @description true：含已移出和已退租的记录 */
                all?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 轮候名单 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getApartmentsTenancies: {
        parameters: {
            query?: {
                /** @description true：含已放弃和已退租的记录 */
                all?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 配租记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApartmentsTenanciesByIdMoveIn: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 入住日期 YYYY-MM-DD */
                    date?: string;
                };
            };
        };
        responses: {
            /** @description 配租记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApartmentsTenanciesByIdEnd: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 退租日期 YYYY-MM-DD */
                    date?: string;
                    /** @description 退租原因：purchase 购房、resigned 离职、expired 期满、other 其他 */
                    kind?: string;
                    /** @description 说明（原因为“其他”时必填） */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 配租记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeApartment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 我的人才公寓 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postMeApartmentTenanciesByIdAccept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 配租记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postMeApartmentTenanciesByIdDecline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 放弃原因 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 配租记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getBudgets: {
        parameters: {
            query?: {
                /** @description 预算年度（四位数） */
                year?: string;
                /** @description 地区代码 */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 预算额度及可选的资金承担方、地区 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postBudgets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 预算额度 */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getBudgetsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 预算额度 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    patchBudgetsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 预算额度 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeServices: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 服务资格 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSchooling: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 子女就学申请 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSchooling: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 子女姓名 */
                    childName?: string;
                    /** @description 学段：kindergarten 幼儿园、primary 小学、junior 初中、senior 高中 */
                    stage?: string;
                    /** @description 年级 */
                    grade?: string;
                    /** @description 意向区域 */
                    wishedArea?: string;
                    /** @description 意向学校（可不填） */
                    wishedSchool?: string;
                    /** @description 户籍说明（可不填） */
                    hukouNote?: string;
                };
            };
        };
        responses: {
            /** @description 子女就学申请（姓名脱敏） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSchoolingById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 子女就学申请 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSchoolingByIdReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 用途（必填，2–100 个字） */
                    purpose?: string;
                };
            };
        };
        responses: {
            /** @description 完整姓名 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSchoolingByIdDecide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 安排的学校 */
                    school?: string;
                    /** @description 不予安排的理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 子女就学申请 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getHealthSlots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 号源 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postHealthSlots: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 日期 YYYY-MM-DD */
                    day?: string;
                    /** @description 时段 */
                    period?: string;
                    /** @description 名额 */
                    capacity?: number;
                };
            };
        };
        responses: {
            /** @description 号源 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postHealthSlotsByIdBook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 预约 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeHealthBookings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 预约 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postHealthBookingsByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已取消 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getHealthBookings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 预约 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postHealthBookingsByIdAttend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 已就诊 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeVouchers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 教育券 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getVouchers: {
        parameters: {
            query?: {
                /** @description 只看某人（人才库编号） */
                personId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 教育券 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postVouchers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 人才库编号 */
                    personId?: number;
                    /** @description 面额（分），不填按本地参数 */
                    amountFen?: number;
                    /** @description 用途 */
                    purpose?: string;
                    /** @description 有效期至 YYYY-MM-DD（不填按本地参数） */
                    validTo?: string;
                    /** @description 请求编号（8–80 位，重发时不变） */
                    requestKey?: string;
                };
            };
        };
        responses: {
            /** @description 教育券 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postVouchersByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 教育券 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postVouchersRedeem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 券码（12 位） */
                    code?: string;
                    /** @description 请求编号（8–80 位，重发时不变） */
                    requestKey?: string;
                };
            };
        };
        responses: {
            /** @description 核销结果（姓名脱敏） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getLoansBanks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 合作银行 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getLoansReferrals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 转介 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postLoansReferrals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 合作银行代码 */
                    partner?: string;
                    /** @description 意向金额（分） */
                    amountFen?: number;
                    /** @description 说明 */
                    note?: string;
                };
            };
        };
        responses: {
            /** @description 转介 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeLoansReferrals: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 转介 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postLoansReferralsByIdAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description approve（同意）或 decline（不同意） */
                    decision?: string;
                    /** @description 批准金额（分） */
                    approvedFen?: number;
                    /** @description 利率说明 */
                    rateText?: string;
                    /** @description 不同意的理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 转介 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 推荐 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postRecommendations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 人才库编号 */
                    personId?: number;
                    /** @description 第19条相应层次 1–9 */
                    tier?: number;
                    /** @description 推荐理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 推荐 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postRecommendationsByIdDecide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description accept（确认）或 refuse（不予确认） */
                    decision?: string;
                    /** @description 理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 推荐 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMeHousingVouchers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 房票 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getHousingVouchers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 房票 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getHousingVouchersLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 上限 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postApplicationsByIdHousingVoucher: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 房票面额（分） */
                    amountFen?: number;
                    /** @description 有效期至 YYYY-MM-DD（不填按本地参数） */
                    validTo?: string;
                    /** @description 请求编号（8–80 位，重发时不变） */
                    requestKey?: string;
                };
            };
        };
        responses: {
            /** @description 房票 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postHousingVouchersByIdConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 超额发放理由（仍超出预算额度时必填） */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 房票 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postHousingVouchersByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 房票 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getHousingSellers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 售房单位 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postHousingSellers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 单位代码（小写字母、数字、下划线） */
                    code?: string;
                    /** @description 单位名称 */
                    name?: string;
                    /** @description developer 房地产开发企业 或 agent 房屋销售单位 */
                    kind?: string;
                    /** @description 统一社会信用代码 */
                    uscc?: string;
                    /** @description 联系人 */
                    contactName?: string;
                    /** @description 联系电话（手机号） */
                    contactPhone?: string;
                    verifier?: {
                        /** @description 核验员用户名 */
                        username?: string;
                        /** @description 核验员姓名 */
                        displayName?: string;
                        /** @description 初始密码（10 位以上，首次登录须修改） */
                        password?: string;
                    };
                };
            };
        };
        responses: {
            /** @description 售房单位 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postHousingSellersByCodeDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 单位代码 */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 停用理由 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 售房单位 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getHousingSellersMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 售房单位 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postHousingVouchersRedeem: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 券码（12 位） */
                    code?: string;
                    /** @description 请求编号（8–80 位，重发时不变） */
                    requestKey?: string;
                    /** @description 购房人身份证号（须为房票持有人本人） */
                    buyerIdNumber?: string;
                    /** @description 购房合同编号 */
                    contractNo?: string;
                    /** @description 房屋坐落 */
                    houseAddress?: string;
                    /** @description 合同总价（分） */
                    totalPriceFen?: number;
                    /** @description 合同签订日期 YYYY-MM-DD */
                    contractDate?: string;
                };
            };
        };
        responses: {
            /** @description 核销结果（姓名脱敏） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getProjects: {
        parameters: {
            query?: {
                /** @description 类型 */
                kind?: string;
                /** @description 县（市、区）代码 */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 项目 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postProjects: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 类型：shuangling 双领项目、enclave_team 飞地团队、enclave_project 飞地项目、academician_station 院士专家工作站、postdoc_station 博士后科研工作站、phd_station 博士工作站、engineer_centre 工程师协同创新中心、startup_park 省级人才创业园 */
                    kind?: string;
                    /** @description 名称 */
                    name?: string;
                    /** @description 所属企业（人才库单位编号；用人单位登记时为本单位） */
                    employerId?: number;
                    /** @description 人员及角色 */
                    people?: {
                        /** @description 人员（人才库编号） */
                        personId?: number;
                        /** @description 角色：leader、member、academician、postdoc、expert */
                        role?: string;
                    }[];
                    /** @description 分类信息：双领 class、reviewResult、reviewDate、landingDate、settlementDate、upgrade{class,date}、contributions[{date,amountFen,note}]；工作站等 level、setUpDate */
                    details?: Record<string, never>;
                    /** @description 理由（依据的评定、考核或批复文件） */
                    reason?: string;
                    /** @description 修改前的版本（防止覆盖他人的修改） */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 项目 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getProjectsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 项目 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    patchProjectsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 类型：shuangling 双领项目、enclave_team 飞地团队、enclave_project 飞地项目、academician_station 院士专家工作站、postdoc_station 博士后科研工作站、phd_station 博士工作站、engineer_centre 工程师协同创新中心、startup_park 省级人才创业园 */
                    kind?: string;
                    /** @description 名称 */
                    name?: string;
                    /** @description 所属企业（人才库单位编号；用人单位登记时为本单位） */
                    employerId?: number;
                    /** @description 人员及角色 */
                    people?: {
                        /** @description 人员（人才库编号） */
                        personId?: number;
                        /** @description 角色：leader、member、academician、postdoc、expert */
                        role?: string;
                    }[];
                    /** @description 分类信息：双领 class、reviewResult、reviewDate、landingDate、settlementDate、upgrade{class,date}、contributions[{date,amountFen,note}]；工作站等 level、setUpDate */
                    details?: Record<string, never>;
                    /** @description 理由（依据的评定、考核或批复文件） */
                    reason?: string;
                    /** @description 修改前的版本（防止覆盖他人的修改） */
                    version?: number;
                };
            };
        };
        responses: {
            /** @description 项目 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getProjectsByIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 版本 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postProjectsByIdAssessments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 考核年度 */
                    year?: number;
                    /** @description pass 合格 或 fail 不合格 */
                    outcome?: string;
                    /** @description 考核日期 YYYY-MM-DD */
                    assessedOn?: string;
                    /** @description 考核依据 */
                    evidence?: string;
                };
            };
        };
        responses: {
            /** @description 项目 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postProjectsByIdLeave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 迁离日期 YYYY-MM-DD */
                    leftOn?: string;
                    /** @description 依据 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 项目 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getProjectsByIdMoney: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 资助 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getVisits: {
        parameters: {
            query?: {
                /** @description 1：我的走访 */
                mine?: string;
                /** @description 县（市、区） */
                region?: string;
                /** @description 企业编号 */
                enterprise?: string;
                /** @description 年度 */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 走访记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postVisits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 企业编号 */
                    enterpriseId?: number;
                    /** @description 走访日期 YYYY-MM-DD */
                    visitedOn?: string;
                    /** @description 同行人员（登记人之外） */
                    companions?: string[];
                    /** @description 走访主题：policy（政策宣讲）、demand（人才需求）、problems（问题收集）、project（项目跟踪）、other（其他） */
                    topics?: string[];
                    /** @description 走访情况 */
                    notes?: string;
                    /** @description 走访发现的问题（每个进入问题池） */
                    problems?: {
                        /** @description 问题类别 */
                        category?: string;
                        /** @description 问题描述 */
                        description?: string;
                    }[];
                    /** @description 请求编号（也可用 Idempotency-Key 请求头） */
                    idempotencyKey?: string;
                };
            };
        };
        responses: {
            /** @description 走访记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getVisitsEnterprises: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 企业 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getVisitsTopics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 走访主题 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getVisitsCoverage: {
        parameters: {
            query?: {
                /** @description 年度（默认今年） */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 覆盖情况 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getVisitsExport: {
        parameters: {
            query?: {
                /** @description 年度 */
                year?: string;
                /** @description 1：只导出我的走访 */
                mine?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 成功（JSON；导出与模板为文件下载） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getVisitsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 走访记录 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSkillsStandards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 考核规范 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSkillsStandards: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 规范编号（大写字母、数字、连字符） */
                    code?: string;
                    /** @description 县（市、区） */
                    region?: string;
                    /** @description 规范名称 */
                    name?: string;
                    /** @description 专项职业能力定义 */
                    definition?: string;
                    /** @description 适用对象 */
                    appliesTo?: string;
                    /** @description 能力标准 */
                    abilityStandards?: string;
                    /** @description 鉴定（考核）内容与要求 */
                    assessmentContent?: string;
                    /** @description 合格分数线 */
                    passMark?: number;
                    /** @description 满分 */
                    maxScore?: number;
                    /** @description draft（草稿）或 published（已发布） */
                    status?: string;
                    /** @description 出处（原文句子） */
                    source?: string;
                };
            };
        };
        responses: {
            /** @description 考核规范 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSkillsStandardsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 考核规范 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSkillsStandardsByIdVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 规范名称 */
                    name?: string;
                    /** @description 专项职业能力定义 */
                    definition?: string;
                    /** @description 适用对象 */
                    appliesTo?: string;
                    /** @description 能力标准 */
                    abilityStandards?: string;
                    /** @description 鉴定（考核）内容与要求 */
                    assessmentContent?: string;
                    /** @description 合格分数线 */
                    passMark?: number;
                    /** @description 满分 */
                    maxScore?: number;
                    /** @description draft（草稿）或 published（已发布） */
                    status?: string;
                    /** @description 出处（原文句子） */
                    source?: string;
                    /** @description 修订原因 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 考核规范 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSkillsStandardsByIdVersionsByVersionPublish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
                /** @description 版本号 */
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 考核规范 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    putSkillsStandardsByIdSyllabus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 大纲章节 */
                    sections?: {
                        /** @description 章节标题 */
                        title?: string;
                        /** @description 章节内容 */
                        body?: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description 考核规范 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSkillsStandardsByIdItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description single（单选题）、judge（判断题）、practical（实操题） */
                    kind?: string;
                    /** @description 题目 */
                    question?: string;
                    /** @description 单选题选项 */
                    options?: string[];
                    /** @description 答案 */
                    answer?: string;
                    /** @description 分值 */
                    points?: number;
                };
            };
        };
        responses: {
            /** @description 试题 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSkillsStandardsByIdPaper: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 考核材料 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSkillsSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 考核场次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSkillsSessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 考核规范编号 */
                    standardId?: number;
                    /** @description 版本号（默认最新已发布版本） */
                    version?: number;
                    /** @description 考核日期 YYYY-MM-DD */
                    heldOn?: string;
                    /** @description 考核地点 */
                    place?: string;
                };
            };
        };
        responses: {
            /** @description 考核场次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSkillsSessionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 考核场次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSkillsSessionsByIdCandidates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 人才库人员编号 */
                    personId?: number;
                    /** @description 姓名 */
                    name?: string;
                    /** @description 身份证号 */
                    idNumber?: string;
                };
            };
        };
        responses: {
            /** @description 考核场次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSkillsCandidatesByIdScore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 成绩 */
                    score?: number;
                };
            };
        };
        responses: {
            /** @description 考核场次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSkillsCandidatesByIdReveal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 用途 */
                    purpose?: string;
                };
            };
        };
        responses: {
            /** @description 身份证号 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSkillsCandidatesByIdCertificate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 证书编号（6–40 位字母、数字或连字符） */
                    number?: string;
                };
            };
        };
        responses: {
            /** @description 考核场次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSkillsCertificatesByIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 撤销原因 */
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description 考核场次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSkillsCertificatesCheck: {
        parameters: {
            query?: {
                /** @description 证书编号 */
                number?: string;
                /** @description 二维码中的签名凭证 */
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 核验结果 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 请求过于频繁（按来源地址限流），请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSkillsLicences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 认定资格 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSkillsLicences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 企业编号 */
                    enterpriseId?: number;
                    /** @description 职业（工种） */
                    occupations?: string[];
                    /** @description 等级：1 一级/高级技师 … 5 五级/初级工 */
                    levels?: number[];
                    /** @description 备案日期 YYYY-MM-DD */
                    licensedOn?: string;
                };
            };
        };
        responses: {
            /** @description 认定资格 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSkillsLicencesEnterprises: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 企业 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSkillsBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 认定批次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    }[];
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSkillsBatches: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 认定日期 YYYY-MM-DD */
                    recognizedOn?: string;
                    /** @description 认定记录 */
                    records?: {
                        /** @description 姓名 */
                        name?: string;
                        /** @description 身份证号 */
                        idNumber?: string;
                        /** @description 职业（工种） */
                        occupation?: string;
                        /** @description 等级 1–5 */
                        level?: number;
                        /** @description 证书编号 */
                        certificateNo?: string;
                    }[];
                    /** @description 请求编号（也可用 Idempotency-Key 请求头） */
                    idempotencyKey?: string;
                };
            };
        };
        responses: {
            /** @description 认定批次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSkillsBatchesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 编号 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 认定批次 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getSkillsRecognitionsCounts: {
        parameters: {
            query?: {
                /** @description 年度（不填为全部） */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description 统计 */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    getWellKnownJwksJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        keys?: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description 请求过于频繁（按来源地址限流），请稍后再试 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSimulate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 合成人口人数（默认 100,000，上限 600,000） */
                    population?: number;
                    /**
                     * @description 年度范围，如 "2021-2025"（默认）或 "2023"；人数 × 年数不超过 3,000,000
                     * @example 2021-2025
                     */
                    years?: string;
                    /** @description 改革方案：参数调整 ["路径=值[@YYYY-MM-DD]"] 或 {路径: 值}（金额单位：元）；未知参数返回 400 */
                    set?: string | string[] | {
                        [key: string]: (number | string | boolean) | {
                            value: number | string | boolean;
                            /** @description 生效日期 YYYY-MM-DD（省略 = 全部期间） */
                            from?: string;
                            note?: string;
                        } | {
                            value: number | string | boolean;
                            /** @description 生效日期 YYYY-MM-DD（省略 = 全部期间） */
                            from?: string;
                            note?: string;
                        }[];
                    };
                    /** @description 随机种子（同一种子、人数得到同一合成人口） */
                    seed?: number;
                    /** @description 政策包 ID（默认全部；各包只在其适用地区生效） */
                    policies?: string[];
                    /** @description 列出变化最大的人员数（默认 20） */
                    top?: number;
                };
            };
        };
        responses: {
            /** @description 模拟结果（rencai.simulation/1，synthetic: true） */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
    postSimulateXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description 合成人口人数（默认 100,000，上限 600,000） */
                    population?: number;
                    /**
                     * @description 年度范围，如 "2021-2025"（默认）或 "2023"；人数 × 年数不超过 3,000,000
                     * @example 2021-2025
                     */
                    years?: string;
                    /** @description 改革方案：参数调整 ["路径=值[@YYYY-MM-DD]"] 或 {路径: 值}（金额单位：元）；未知参数返回 400 */
                    set?: string | string[] | {
                        [key: string]: (number | string | boolean) | {
                            value: number | string | boolean;
                            /** @description 生效日期 YYYY-MM-DD（省略 = 全部期间） */
                            from?: string;
                            note?: string;
                        } | {
                            value: number | string | boolean;
                            /** @description 生效日期 YYYY-MM-DD（省略 = 全部期间） */
                            from?: string;
                            note?: string;
                        }[];
                    };
                    /** @description 随机种子（同一种子、人数得到同一合成人口） */
                    seed?: number;
                    /** @description 政策包 ID（默认全部；各包只在其适用地区生效） */
                    policies?: string[];
                    /** @description 列出变化最大的人员数（默认 20） */
                    top?: number;
                };
            };
        };
        responses: {
            /** @description .xlsx */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
            /** @description 错误：error 为中文说明，errors 逐项给出字段路径和原因 */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        error?: string;
                        errors?: {
                            path?: string;
                            message?: string;
                        }[];
                    };
                };
            };
        };
    };
}
